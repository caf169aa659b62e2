using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace InnovationNetwork.Search.Querying;

/// <summary>
/// For a term in one segment: the highest frequency it has in documents of each encoded length (norm), from
/// one walk of its postings. BM25 scores a term higher the more often it occurs and the shorter the field, so
/// these pairs bound the term's score in the segment far more tightly than frequency growing without limit.
/// Cached for the segment's lifetime: a segment's postings never change, and deletions only take documents
/// away, which can lower the true maximum but never raise it.
/// </summary>
internal static class TermImpacts
{
    /// <summary>Past this many terms a segment's cache stops growing (the walk is then repeated per search).</summary>
    private const int MaxCachedTermsPerSegment = 50_000;

    private static readonly ConditionalWeakTable<object, ConcurrentDictionary<Term, Impact[]>> BySegment = new();

    /// <summary>The (norm, highest frequency) pairs of the term's documents in the segment; empty if it has none.</summary>
    public static Impact[] Of(AtomicReader segment, Term term)
    {
        var cache = BySegment.GetValue(segment.CoreCacheKey, _ => new ConcurrentDictionary<Term, Impact[]>());
        if (cache.TryGetValue(term, out var impacts))
        {
            return impacts;
        }

        impacts = Walk(segment, term);
        if (cache.Count < MaxCachedTermsPerSegment)
        {
            cache.TryAdd(term, impacts);
        }

        return impacts;
    }

    private static Impact[] Walk(AtomicReader segment, Term term)
    {
        // Deleted documents are walked too: their pairs only make the bound looser, never wrong.
        if (TermPostings.Of(segment, term, null, DocsFlags.FREQS) is not { } postings)
        {
            return [];
        }

        var norms = segment.GetNormValues(term.Field);
        var highest = new int[256];
        for (var doc = postings.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.NextDoc())
        {
            var norm = norms is null ? 0 : (byte)norms.Get(doc);
            highest[norm] = Math.Max(highest[norm], postings.Freq);
        }

        var impacts = new List<Impact>();
        for (var norm = 0; norm < highest.Length; norm++)
        {
            if (highest[norm] > 0)
            {
                impacts.Add(new Impact((byte)norm, highest[norm], norms is not null));
            }
        }

        return impacts.ToArray();
    }
}

/// <summary>The highest frequency of a term among a segment's documents whose field length encodes to <see cref="Norm"/>.</summary>
internal readonly record struct Impact(byte Norm, int Frequency, bool HasNorm);
