using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Codecs;
using Lucene.Net.Index;

namespace InnovationNetwork.Search.Querying;

/// <summary>
/// Where each term is in each segment of one view of the index (its per-segment term state and document
/// frequency), looked up once and shared by every search of that view. Without it a search seeks every term
/// in every segment several times over (the query's weights, the score bounds, the order of the pruned
/// search's passes, the typo check), allocating a terms enumerator for each seek. A view never changes; its
/// entry goes when the view is released.
/// </summary>
internal static class TermStates
{
    /// <summary>Past this many terms a view's cache stops growing (the lookup is then repeated per search).</summary>
    private const int MaxTermsPerView = 100_000;

    private static readonly ConditionalWeakTable<IndexReaderContext, ConcurrentDictionary<Term, TermContext>> ByView = new();

    /// <summary>The term's states in the view's segments, as <see cref="TermContext.Build"/> finds them.</summary>
    public static TermContext Of(IndexReaderContext view, Term term)
    {
        var cache = ByView.GetValue(view, _ => new ConcurrentDictionary<Term, TermContext>());
        if (cache.TryGetValue(term, out var states))
        {
            return states;
        }

        states = TermContext.Build(view, term);
        if (cache.Count < MaxTermsPerView)
        {
            cache.TryAdd(term, states);
        }

        return states;
    }

    /// <summary>How many documents of one segment of the view hold the term (deleted ones included).</summary>
    public static int DocFreq(IndexReaderContext view, Term term, AtomicReaderContext segment) =>
        Of(view, term).Get(segment.Ord) is BlockTermState state ? state.DocFreq : 0;
}
