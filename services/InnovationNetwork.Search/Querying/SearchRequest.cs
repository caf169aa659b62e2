namespace InnovationNetwork.Search.Querying;

/// <summary>A full-text search.</summary>
/// <param name="Text">What the user typed: words, "quoted phrases"; no operator syntax.</param>
/// <param name="Labels">Only these entity labels (null: all).</param>
/// <param name="RegionIds">Only entities located in one of these regions (the filter region and its sub-regions; null: anywhere).</param>
/// <param name="First">Page size.</param>
/// <param name="After">A cursor from a previous page of the same search.</param>
public sealed record SearchRequest(
    string Text,
    IReadOnlyCollection<string>? Labels = null,
    IReadOnlyCollection<string>? RegionIds = null,
    int First = 10,
    string? After = null)
{
    /// <summary>Count hits per label and per ITL1 region over the whole result set.</summary>
    public bool WithFacets { get; init; } = true;

    /// <summary>
    /// Count every hit. Without it (and without facets) the page is found without scoring every match,
    /// and <see cref="SearchResults.TotalCount"/> is null.
    /// </summary>
    public bool WithTotal { get; init; } = true;

    /// <summary>Make highlighted snippets for the hits on the page.</summary>
    public bool WithHighlights { get; init; } = true;
}

/// <summary>A page of hits; <see cref="TotalCount"/> is null unless the request asked for it (or for facets).</summary>
public sealed record SearchResults(IReadOnlyList<SearchHitResult> Hits, int? TotalCount, bool HasNextPage, SearchFacetCounts? Facets)
{
    public static SearchResults Empty(bool withFacets) =>
        new([], 0, false, withFacets ? new SearchFacetCounts([], []) : null);
}

/// <summary>One hit: the entity, its relevance score (higher is better), its paging cursor and snippets.</summary>
/// <param name="Id">The entity id.</param>
/// <param name="Label">The entity label.</param>
/// <param name="Score">BM25 relevance; comparable only within one search.</param>
/// <param name="Cursor">Where a next page starts: pass as <see cref="SearchRequest.After"/>.</param>
/// <param name="Highlights">Matching snippets with the matched words inside <c>&lt;mark&gt;</c>, HTML-escaped otherwise.</param>
public sealed record SearchHitResult(string Id, string Label, float Score, string Cursor, IReadOnlyList<string> Highlights);

/// <summary>
/// Counts over all hits, drill-sideways: the label counts ignore the label filter and the region counts
/// ignore the region filter, so a user sees what widening either filter would give.
/// </summary>
public sealed record SearchFacetCounts(IReadOnlyList<FacetValueCount> Labels, IReadOnlyList<FacetValueCount> Itl1Regions);

public sealed record FacetValueCount(string Value, int Count);

/// <summary>Autocomplete on names and titles.</summary>
public sealed record SuggestRequest(string Prefix, IReadOnlyCollection<string>? Labels = null, int First = 10);

public sealed record SuggestionResult(string Text, string Id, string Label);

/// <summary>User input that cannot be searched; names the argument it came from.</summary>
public sealed class SearchInputException(string argument, string message) : Exception(message)
{
    public string Argument { get; } = argument;
}
