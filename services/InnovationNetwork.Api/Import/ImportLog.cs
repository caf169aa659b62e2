namespace InnovationNetwork.Api.Import;

internal static partial class ImportLog
{
    [LoggerMessage(EventId = 4200, Level = LogLevel.Information,
        Message = "HTTP import {TraceId} from '{Source}': {Lines} lines, applied {Applied}, dry run {DryRun}, {Errors} errors, {Milliseconds} ms")]
    public static partial void Finished(this ILogger logger, string traceId, string source, long lines, bool applied, bool dryRun, long errors, long milliseconds);

    [LoggerMessage(EventId = 4201, Level = LogLevel.Warning, Message = "HTTP import {TraceId} from '{Source}' was abandoned and rolled back: {Reason}")]
    public static partial void Abandoned(this ILogger logger, string traceId, string source, string reason);

    [LoggerMessage(EventId = 4202, Level = LogLevel.Information, Message = "HTTP import {TraceId} from '{Source}' was refused and rolled back: the body passed {Limit} bytes")]
    public static partial void TooLarge(this ILogger logger, string traceId, string source, long limit);

    [LoggerMessage(EventId = 4203, Level = LogLevel.Warning, Message = "HTTP import {TraceId}: the search index had not reached change {Sequence} after {Seconds} s")]
    public static partial void SearchLagging(this ILogger logger, string traceId, long sequence, int seconds);

    [LoggerMessage(EventId = 4204, Level = LogLevel.Error, Message = "HTTP import {TraceId} failed unexpectedly and was rolled back")]
    public static partial void UnexpectedFailure(this ILogger logger, Exception exception, string traceId);
}
