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
}
