namespace InnovationNetwork.Search.Documents;

/// <summary>
/// What the index holds about one node: its own text plus the names the graph puts around it.
/// </summary>
/// <param name="Id">The node id.</param>
/// <param name="Label">The node label (Lab, Firm, …).</param>
/// <param name="Titles">The name or title first, then alternatives (a skill's aliases).</param>
/// <param name="Body">Description and other free text.</param>
/// <param name="Context">Short phrases from the graph: skill names, sector, kind, category, region names.</param>
/// <param name="RegionIds">The regions the entity is located in (for a region: itself).</param>
public sealed record SearchDocument(
    string Id,
    string Label,
    IReadOnlyList<string> Titles,
    string Body,
    IReadOnlyList<string> Context,
    IReadOnlyList<string> RegionIds)
{
    public string Title => Titles.Count > 0 ? Titles[0] : Id;
}
