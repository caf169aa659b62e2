namespace InnovationNetwork.Api.Security;

internal static partial class SecurityLog
{
    [LoggerMessage(EventId = 4200, Level = LogLevel.Information, Message = "Bearer token refused ({Problem}) for request {TraceId}")]
    public static partial void TokenRefused(this ILogger logger, TokenProblem problem, string traceId);

    [LoggerMessage(EventId = 4201, Level = LogLevel.Information, Message = "Cross-site request to {Path} refused: {Reason}")]
    public static partial void CrossSiteRefused(this ILogger logger, string path, string reason);

    [LoggerMessage(EventId = 4202, Level = LogLevel.Information, Message = "Rate limit reached for {Partition}")]
    public static partial void RateLimited(this ILogger logger, string partition);

    [LoggerMessage(EventId = 4203, Level = LogLevel.Information, Message = "API keys are read from {Path}")]
    public static partial void KeyStoreOpened(this ILogger logger, string path);
}
