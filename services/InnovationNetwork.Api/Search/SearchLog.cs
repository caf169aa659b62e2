namespace InnovationNetwork.Api.Search;

internal static partial class SearchLog
{
    [LoggerMessage(EventId = 20, Level = LogLevel.Information, Message = "Search index opened at change {Sequence}; the store is at {StoreSequence}")]
    public static partial void Opened(ILogger logger, long sequence, long storeSequence);

    [LoggerMessage(EventId = 21, Level = LogLevel.Warning, Message = "Rebuilding the search index: {Problem}")]
    public static partial void Rebuilding(ILogger logger, string problem);

    [LoggerMessage(EventId = 22, Level = LogLevel.Information, Message = "Search index rebuilt in {Seconds:0.0} s")]
    public static partial void Rebuilt(ILogger logger, double seconds);

    [LoggerMessage(EventId = 24, Level = LogLevel.Warning, Message = "Could not close the replaced search index cleanly")]
    public static partial void DiscardFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 23, Level = LogLevel.Error, Message = "Search index update failed; retrying in {Seconds} s")]
    public static partial void UpdateFailed(ILogger logger, Exception exception, double seconds);
}
