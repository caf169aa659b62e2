using InnovationNetwork.Api.Search;
using InnovationNetwork.Graph.Store;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace InnovationNetwork.Tests.Support;

public static class SearchReadiness
{
    /// <summary>Waits until searches see everything the store holds now (the seed included).</summary>
    public static async Task WaitForSearchAsync(this WebApplicationFactory<Program> factory)
    {
        var store = factory.Services.GetRequiredService<IGraphStore>();
        var index = factory.Services.GetRequiredService<SearchIndexService>();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var sequence = await store.GetLastSequenceAsync(timeout.Token);
        try
        {
            await index.WaitUntilSearchableAsync(sequence, timeout.Token);
        }
        catch (OperationCanceledException e)
        {
            throw new TimeoutException($"search did not reach change {sequence}: {index.Status}", e);
        }
    }
}
