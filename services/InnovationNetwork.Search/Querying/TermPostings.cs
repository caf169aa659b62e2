using Lucene.Net.Index;
using Lucene.Net.Util;

namespace InnovationNetwork.Search.Querying;

/// <summary>Opens one term's postings in one segment, for the searches that walk postings themselves.</summary>
internal static class TermPostings
{
    /// <summary>
    /// The term's documents in the segment among <paramref name="acceptDocs"/> (null: deleted ones too), with what
    /// <paramref name="flags"/> asks for; null when the segment does not have the term.
    /// </summary>
    public static DocsEnum? Of(AtomicReader segment, Term term, IBits? acceptDocs, DocsFlags flags)
    {
        var terms = segment.GetTerms(term.Field)?.GetEnumerator();
        return terms is not null && terms.SeekExact(term.Bytes) ? terms.Docs(acceptDocs, null, flags) : null;
    }

    /// <summary>
    /// As above, from where the view's <see cref="TermStates"/> found the term in the segment: no walk of the
    /// terms dictionary, which the pruned search would otherwise repeat for every pass.
    /// </summary>
    public static DocsEnum? Of(IndexReaderContext view, AtomicReaderContext segment, Term term, IBits? acceptDocs, DocsFlags flags)
    {
        if (TermStates.Of(view, term).Get(segment.Ord) is not { } state)
        {
            return null;
        }

        var terms = segment.AtomicReader.GetTerms(term.Field)!.GetEnumerator();
        terms.SeekExact(term.Bytes, state);
        return terms.Docs(acceptDocs, null, flags);
    }
}
