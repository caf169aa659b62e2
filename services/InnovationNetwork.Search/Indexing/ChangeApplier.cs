using InnovationNetwork.Graph.Model;
using InnovationNetwork.Graph.Store;
using InnovationNetwork.Search.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace InnovationNetwork.Search.Indexing;

/// <summary>What applying a page of changes touched beyond the documents themselves.</summary>
/// <param name="Regions">The region hierarchy after the changes (reloaded when a region or PART_OF changed).</param>
/// <param name="SkillsChanged">A skill was written or deleted: its name or aliases may have changed the synonyms.</param>
/// <param name="DocumentsWritten">Documents added or rewritten.</param>
/// <param name="DocumentsDeleted">Documents removed.</param>
public sealed record AppliedChanges(RegionHierarchy Regions, bool SkillsChanged, int DocumentsWritten, int DocumentsDeleted);

/// <summary>
/// Applies a page of the store's change feed to the index. A document depends on its node and on the names
/// around it, so besides the changed nodes it rewrites: the start of a changed LOCATED_IN, HAS_SKILL,
/// REQUIRES or USES_SKILL relationship; everything that holds, requires or uses a renamed skill; and
/// everything located in (or below) a renamed or re-parented region. Current state is always read from the
/// store, so applying a change twice does no harm.
/// </summary>
public static class ChangeApplier
{
    private const int ReadBatchSize = 1000;

    private static readonly HashSet<string> ContextTypes = new(StringComparer.Ordinal) { "LOCATED_IN", "HAS_SKILL", "REQUIRES", "USES_SKILL" };
    private static readonly HashSet<string> SkillUserTypes = new(StringComparer.Ordinal) { "HAS_SKILL", "REQUIRES", "USES_SKILL" };

    public static async Task<AppliedChanges> ApplyAsync(
        IGraphStore store, LuceneIndex index, IReadOnlyList<GraphChange> changes, RegionHierarchy regions, CancellationToken cancellationToken)
    {
        var rewrite = new HashSet<string>(StringComparer.Ordinal);
        var delete = new HashSet<string>(StringComparer.Ordinal);
        var upsertedSkills = new List<string>();
        var movedRegions = new List<string>();
        var upsertedRegions = new List<string>();
        var skillsChanged = false;
        foreach (var change in changes.OrderBy(c => c.Sequence))
        {
            switch (change.Kind)
            {
                case GraphChangeKind.NodeUpserted:
                    rewrite.Add(change.NodeId!);
                    delete.Remove(change.NodeId!);
                    (change.Label == "Skill" ? upsertedSkills : change.Label == "Region" ? upsertedRegions : null)?.Add(change.NodeId!);
                    skillsChanged |= change.Label == "Skill";
                    break;
                case GraphChangeKind.NodeDeleted:
                    delete.Add(change.NodeId!);
                    rewrite.Remove(change.NodeId!);
                    skillsChanged |= change.Label == "Skill";
                    if (change.Label == "Region")
                    {
                        movedRegions.Add(change.NodeId!);
                    }

                    break;
                default:
                    var key = change.Relationship!.Value;
                    if (ContextTypes.Contains(key.Type))
                    {
                        rewrite.Add(key.StartId);
                    }
                    else if (key.Type == "PART_OF")
                    {
                        movedRegions.Add(key.StartId);
                    }

                    break;
            }
        }

        rewrite.ExceptWith(delete);
        // One read for all written skills: a bulk import writes thousands at once.
        foreach (var skill in await store.GetNodesAsync(upsertedSkills, cancellationToken))
        {
            if (NameChanged(index, skill.Id, skill.Properties.GetString("name")))
            {
                await AddSkillUsersAsync(store, skill.Id, rewrite, cancellationToken);
            }
        }

        var newRegions = movedRegions.Count + upsertedRegions.Count > 0 ? await RegionHierarchy.LoadAsync(store, cancellationToken) : regions;
        foreach (var region in movedRegions.Concat(upsertedRegions.Where(r => regions.NameOf(r) != newRegions.NameOf(r))))
        {
            await AddEverythingWithinAsync(store, region, rewrite, cancellationToken);
        }

        rewrite.ExceptWith(delete);
        var written = await RewriteAsync(store, index, rewrite, delete, newRegions, cancellationToken);
        index.Delete(delete);
        return new AppliedChanges(newRegions, skillsChanged, written, delete.Count);
    }

    private static async Task<int> RewriteAsync(
        IGraphStore store, LuceneIndex index, HashSet<string> ids, HashSet<string> delete, RegionHierarchy regions, CancellationToken cancellationToken)
    {
        var written = 0;
        foreach (var chunk in ids.Chunk(ReadBatchSize))
        {
            var nodes = await store.GetNodesAsync(chunk, cancellationToken);
            // Gone from the store since the change was recorded: its delete is further on in the feed.
            delete.UnionWith(chunk.Except(nodes.Select(n => n.Id), StringComparer.Ordinal));
            index.Upsert(await SearchDocumentBuilder.BuildAsync(store, nodes, regions, cancellationToken));
            written += nodes.Count;
        }

        return written;
    }

    /// <summary>Whether the skill's name in the store differs from the title the index holds for it.</summary>
    private static bool NameChanged(LuceneIndex index, string skillId, string? current)
    {
        var indexed = index.Search(searcher =>
        {
            var hits = searcher.Search(new TermQuery(new Term(SearchFields.Id, skillId)), 1).ScoreDocs;
            return hits.Length == 0 ? null : searcher.Doc(hits[0].Doc).Get(SearchFields.Title);
        });
        return indexed is not null && !string.Equals(indexed, current, StringComparison.Ordinal);
    }

    private static async Task AddSkillUsersAsync(IGraphStore store, string skillId, HashSet<string> rewrite, CancellationToken cancellationToken)
    {
        var users = await store.GetNeighboursAsync(new NeighbourQuery([skillId], null, Direction.Incoming), cancellationToken);
        rewrite.UnionWith(users.Where(u => SkillUserTypes.Contains(u.Relationship.Type)).Select(u => u.Node.Id));
    }

    private static async Task AddEverythingWithinAsync(IGraphStore store, string regionId, HashSet<string> rewrite, CancellationToken cancellationToken)
    {
        var closure = await store.GetRegionClosureAsync(regionId, cancellationToken);
        rewrite.UnionWith(closure);
        var located = await store.GetNeighboursAsync(new NeighbourQuery(closure.ToList(), "LOCATED_IN", Direction.Incoming), cancellationToken);
        rewrite.UnionWith(located.Select(n => n.Node.Id));
    }
}
