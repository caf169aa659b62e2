namespace InnovationNetwork.Search.Documents;

/// <summary>
/// The index's fields. Each kind of text is indexed three ways: stemmed (so "robotic" finds "robotics"),
/// exact (unstemmed, for exact-word boosts and typo-tolerant fuzzy matching, which must not see stems), and,
/// for titles only, as edge n-grams (prefixes) for autocomplete.
/// </summary>
public static class SearchFields
{
    /// <summary>The node id: stored, indexed as one term (updates and deletes), and sortable (stable paging).</summary>
    public const string Id = "id";

    /// <summary>The node's label (Lab, Firm, …): one term, and doc values for facet counts and type filters.</summary>
    public const string Type = "type";

    /// <summary>The ids of the regions the entity is located in (a region: itself); doc values for filters and facets.</summary>
    public const string Region = "region";

    /// <summary>Name or title (and a skill's aliases), stemmed; stored for display and highlighting.</summary>
    public const string Title = "title";

    public const string TitleExact = "title_exact";

    /// <summary>Edge n-grams of the title's words, for prefixes; no positions (never matched as a phrase).</summary>
    public const string TitlePrefix = "title_prefix";

    /// <summary>Description and other free text, stemmed; stored for highlighting.</summary>
    public const string Body = "body";

    /// <summary>What the graph says around the entity: its skills, sector, kind, category and region names.</summary>
    public const string Context = "context";

    /// <summary>Body and context, unstemmed: the target of exact and fuzzy word matching; no positions (never matched as a phrase).</summary>
    public const string TextExact = "text_exact";

    /// <summary>A field only the highlighter's analyzer sees: stems and exact words at the same positions.</summary>
    public const string Highlight = "highlight";

    /// <summary>Commit data keys: the last change sequence applied, and the document format the index was built with.</summary>
    public const string SequenceCommitKey = "sequence";

    public const string FormatCommitKey = "format";

    /// <summary>Bump when documents or analysis change: an index with another format is rebuilt at start-up.</summary>
    public const string FormatVersion = "4";
}
