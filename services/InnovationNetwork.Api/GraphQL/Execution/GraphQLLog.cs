namespace InnovationNetwork.Api.GraphQL.Execution;

internal static partial class GraphQLLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Error, Message = "Unhandled error while executing a GraphQL request (trace {TraceId})")]
    public static partial void Unhandled(ILogger logger, Exception exception, string traceId);
}
