using InnovationNetwork.Graph.Store;
using InnovationNetwork.Search.Analysis;

namespace InnovationNetwork.Search.Indexing;

/// <summary>Reads every skill's name and aliases from the store as synonym groups, added to the domain list.</summary>
public static class SkillSynonymSource
{
    public static async Task<SynonymGroups> LoadAsync(IGraphStore store, CancellationToken cancellationToken)
    {
        var groups = new List<IReadOnlyList<string>>();
        await foreach (var skill in store.ListAllAsync("Skill", cancellationToken))
        {
            var aliases = skill.Properties.GetStringList("aliases");
            if (aliases.Count > 0 && skill.Properties.GetString("name") is { } name)
            {
                groups.Add([name, .. aliases]);
            }
        }

        return SynonymGroups.WithDomainList(groups);
    }
}
