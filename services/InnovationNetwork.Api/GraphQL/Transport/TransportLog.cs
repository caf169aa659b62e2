namespace InnovationNetwork.Api.GraphQL.Transport;

internal static partial class TransportLog
{
    [LoggerMessage(EventId = 4100, Level = LogLevel.Error, Message = "GraphQL request {TraceId} failed unexpectedly")]
    public static partial void UnexpectedFailure(this ILogger logger, Exception exception, string traceId);
}
