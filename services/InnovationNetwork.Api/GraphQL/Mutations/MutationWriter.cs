using GraphQL;
using InnovationNetwork.Api.GraphQL.Execution;
using InnovationNetwork.Api.GraphQL.Loading;
using InnovationNetwork.Api.Search;
using InnovationNetwork.Api.Security;
using InnovationNetwork.Graph.Store;

namespace InnovationNetwork.Api.GraphQL.Mutations;

/// <summary>
/// Runs one mutation's writes in one store session stamped with the caller and the mutation, commits, and
/// when asked (<c>waitForSearch: true</c>) returns only once search sees the write.
/// </summary>
internal static class MutationWriter
{
    public const string WaitForSearchArgument = "waitForSearch";

    // Long enough for a large batch on a busy machine; the write is committed either way.
    private static readonly TimeSpan SearchWait = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Runs <paramref name="work"/> in a write session; commits when it returns true (false: nothing to write,
    /// errors already reported). Returns the commit sequence, or null when nothing was committed.
    /// </summary>
    public static async Task<long?> WriteAsync(IResolveFieldContext context, Caller caller, Func<IGraphWriteSession, Task<bool>> work)
    {
        var store = context.RequestServices!.GetRequiredService<IGraphStore>();
        var origin = WriteOrigin.Now(caller.KeyName ?? "anonymous", "mutation:" + context.FieldDefinition.Name);
        long sequence;
        await using (var session = await store.BeginWriteAsync(origin, context.CancellationToken))
        {
            if (!await work(session))
            {
                return null;
            }

            try
            {
                sequence = await session.CommitAsync(context.CancellationToken);
            }
            catch (VersionConflictException e)
            {
                // Only a shared store (Neo4j behind several API instances) can see another writer between the
                // version check and the commit; it refuses the commit, and the client rereads as for any conflict.
                throw ApiErrors.Conflict($"'{e.Id}' changed while this change was being saved: read it again, then reapply your change");
            }
        }

        context.RequestServices!.GetRequiredService<GraphLoaders>().Forget();
        if (context.GetArgument<bool>(WaitForSearchArgument))
        {
            await WaitForSearchAsync(context, sequence);
        }

        return sequence;
    }

    private static async Task WaitForSearchAsync(IResolveFieldContext context, long sequence)
    {
        if (context.RequestServices!.GetService<SearchIndexService>() is not { } search)
        {
            return;
        }

        if (!await search.TryWaitUntilSearchableAsync(sequence, SearchWait, context.CancellationToken))
        {
            context.Errors.Add(ApiErrors.SearchUnavailable(
                $"the change was saved (sequence {sequence}) but search did not reach it within {SearchWait.TotalSeconds:0} s; it will shortly"));
        }
    }
}
