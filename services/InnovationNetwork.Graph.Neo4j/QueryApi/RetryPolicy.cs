namespace InnovationNetwork.Graph.Neo4j.QueryApi;

/// <summary>Retries work that failed with a retriable error (<c>Neo.TransientError.*</c>, unreachable), with exponential backoff and jitter.</summary>
internal sealed class RetryPolicy(int maxRetries, TimeSpan firstDelay, TimeProvider time)
{
    private static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(5);

    public int MaxRetries => maxRetries;

    public async Task<T> RunAsync<T>(Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return await work(cancellationToken);
            }
            catch (Neo4jStoreException e) when (e.IsRetriable && attempt < maxRetries)
            {
                await Task.Delay(DelayBefore(attempt + 1), time, cancellationToken);
            }
        }
    }

    /// <summary>firstDelay × 2^(retry-1), capped at 5 s, plus up to 20 % jitter so instances do not retry in step.</summary>
    public TimeSpan DelayBefore(int retry)
    {
        var exponential = firstDelay.TotalMilliseconds * Math.Pow(2, retry - 1);
        var capped = Math.Min(exponential, MaxDelay.TotalMilliseconds);
#pragma warning disable CA5394 // jitter, not security: Random.Shared is right here
        return TimeSpan.FromMilliseconds(capped * (1 + (Random.Shared.NextDouble() * 0.2)));
#pragma warning restore CA5394
    }
}
