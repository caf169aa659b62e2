using InnovationNetwork.Graph.Store;
using InnovationNetwork.Search.Analysis;

namespace InnovationNetwork.Search.Indexing;

/// <summary>Reads every skill's name and aliases from the store as synonym groups, added to the domain list.</summary>
public static class SkillSynonymSource
{
    private const int PageSize = 1000;

    public static async Task<SynonymGroups> LoadAsync(IGraphStore store, CancellationToken cancellationToken)
    {
        var groups = new List<IReadOnlyList<string>>();
        string? after = null;
        do
        {
            var page = await store.ListNodesAsync(new NodeQuery("Skill") { First = PageSize, After = after, IncludeTotalCount = false }, cancellationToken);
            foreach (var item in page.Items)
            {
                var aliases = item.Node.Properties.GetStringList("aliases");
                if (aliases.Count > 0 && item.Node.Properties.GetString("name") is { } name)
                {
                    groups.Add([name, .. aliases]);
                }
            }

            after = page.HasNextPage ? page.EndCursor : null;
        }
        while (after is not null);

        return SynonymGroups.WithDomainList(groups);
    }
}
