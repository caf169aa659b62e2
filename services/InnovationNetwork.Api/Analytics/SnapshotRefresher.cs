using InnovationNetwork.Analytics;
using InnovationNetwork.Analytics.Snapshot;

namespace InnovationNetwork.Api.Analytics;

/// <summary>
/// Follows the store's change feed for the analytics snapshot: every few seconds it compares the store's
/// last sequence with the snapshot's and rebuilds aside when they differ. A failed refresh is logged and
/// retried on the next tick, so the loop never stops silently.
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
                await cache.RefreshAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogRefreshFailed(logger, e);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Refreshing the analytics snapshot failed; retrying on the next tick")]
    private static partial void LogRefreshFailed(ILogger logger, Exception exception);
}
