using InnovationNetwork.Analytics;
using InnovationNetwork.Analytics.Snapshot;

namespace InnovationNetwork.Api.Analytics;

/// <summary>
/// Follows the store's change feed for the analytics snapshot: every few seconds the cache compares the
/// store's last sequence with the snapshot's and, when they differ, applies the changes to a new version (or
/// rebuilds after a large backlog) and swaps it in. The first tick builds the snapshot at start-up. A failed
/// refresh is logged and retried on the next tick (from a full rebuild), so the loop never stops silently.
/// </summary>
internal sealed partial class SnapshotRefresher(SnapshotCache cache, AnalyticsOptions options, ILogger<SnapshotRefresher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.RefreshSeconds));
        do
        {
            try
            {
                var before = cache.LastRefresh;
                await cache.RefreshAsync(stoppingToken);
                if (cache.LastRefresh is { } refresh && refresh != before)
                {
                    LogRefreshed(logger, refresh.Sequence, refresh.Incremental ? "applied the change feed" : "rebuilt from the store", refresh.Elapsed.TotalMilliseconds);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogRefreshFailed(logger, e);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Analytics snapshot at sequence {Sequence}: {How} in {Milliseconds:0} ms")]
    private static partial void LogRefreshed(ILogger logger, long sequence, string how, double milliseconds);

    [LoggerMessage(Level = LogLevel.Error, Message = "Refreshing the analytics snapshot failed; retrying on the next tick")]
    private static partial void LogRefreshFailed(ILogger logger, Exception exception);
}
