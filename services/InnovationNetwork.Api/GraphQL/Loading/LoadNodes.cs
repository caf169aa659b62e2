using GraphQL.DataLoader;
using InnovationNetwork.Graph.Model;

namespace InnovationNetwork.Api.GraphQL.Loading;

/// <summary>Several nodes by id through the request's batch loader; those that exist, in the given order.</summary>
public sealed class LoadNodes(GraphLoaders loaders, IReadOnlyList<string> ids) : IDataLoaderResult<IReadOnlyList<GraphNode>>
{
    private readonly List<IDataLoaderResult<GraphNode?>> _pending = [.. ids.Select(loaders.Nodes.Load)];

    public async Task<IReadOnlyList<GraphNode>> GetResultAsync(CancellationToken cancellationToken = default)
    {
        var nodes = new List<GraphNode>(_pending.Count);
        foreach (var pending in _pending)
        {
            if (await pending.GetResultAsync(cancellationToken) is { } node)
            {
                nodes.Add(node);
            }
        }

        return nodes;
    }

    async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
}
