using GraphQL;
using GraphQL.Transport;
using GraphQL.Validation;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace InnovationNetwork.Api.GraphQL.Transport;

/// <summary>
/// GraphQL over HTTP at <c>/graphql</c>: POST (one request or a batch) and GET (queries only).
/// Status codes follow what the graphql-http 1.23.1 audit checks (see FIELD-NOTES.md): with
/// <c>application/json</c> a request that reached the executer is 200 even when it did not validate;
/// with <c>application/graphql-response+json</c> it is 400 when nothing was executed.
/// </summary>
public sealed class GraphQLHttpEndpoint(IOptions<GraphQLHttpOptions> options, ILogger<GraphQLHttpEndpoint> logger)
{
    private static readonly IValidationRule[] GetValidationRules = [.. DocumentValidator.CoreRules, HttpGetQueriesOnlyRule.Instance];
    private static readonly IValidationRule[] GetCachedDocumentValidationRules = [HttpGetQueriesOnlyRule.Instance];

    public async Task HandleAsync(HttpContext context)
    {
        var cancellationToken = context.RequestAborted;
        // Resolved per request so the endpoint does not care which lifetime the schema's services have.
        var serializer = context.RequestServices.GetRequiredService<IGraphQLTextSerializer>();
        context.Response.Headers.Vary = HeaderNames.Accept;

        var mediaType = ResponseMediaTypes.Negotiate(context.Request.Headers.Accept);
        if (mediaType is null)
        {
            var refused = new TransportError(
                StatusCodes.Status406NotAcceptable,
                TransportErrorCodes.NotAcceptable,
                $"Accept {ResponseMediaTypes.GraphQLResponseJson} or {ResponseMediaTypes.Json}.");
            await WriteErrorAsync(context, serializer, ResponseMediaTypes.Json, refused, cancellationToken);
            return;
        }

        try
        {
            var isGet = HttpMethods.IsGet(context.Request.Method);
            var batch = isGet
                ? GraphQLRequestParser.ParseQueryString(context.Request.Query, serializer)
                : await GraphQLBodyReader.ReadAsync(context.Request, options.Value, serializer, cancellationToken);
            if (batch.Error is { } error)
            {
                await WriteErrorAsync(context, serializer, mediaType, error, cancellationToken);
                return;
            }

            var executer = context.RequestServices.GetRequiredService<IDocumentExecuter>();
            if (batch.IsBatch)
            {
                // One after another: request-scoped services (loaders, caches) are shared by the batch and need not be thread-safe across operations.
                var results = new ExecutionResult[batch.Requests.Count];
                for (var i = 0; i < results.Length; i++)
                {
                    results[i] = await ExecuteAsync(executer, context, batch.Requests[i], isGet, cancellationToken);
                }

                await WriteAsync(context, serializer, StatusCodes.Status200OK, mediaType, results, cancellationToken);
                return;
            }

            var result = await ExecuteAsync(executer, context, batch.Requests[0], isGet, cancellationToken);
            await WriteAsync(context, serializer, StatusOf(context, result, mediaType), mediaType, result, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The client went away; nobody is left to answer.
        }
#pragma warning disable CA1031 // The last line of defence: any bug becomes a logged, traceable 500, never a stack trace for the client.
        catch (Exception e)
#pragma warning restore CA1031
        {
            logger.UnexpectedFailure(e, context.TraceIdentifier);
            if (!context.Response.HasStarted)
            {
                var body = TransportErrorBody.Of(
                    TransportErrorCodes.InternalServerError,
                    "The server failed to answer this request; quote the trace id when reporting it.",
                    context.TraceIdentifier);
                await WriteAsync(context, serializer, StatusCodes.Status500InternalServerError, mediaType, body, CancellationToken.None);
            }
        }
    }

    private static Task<ExecutionResult> ExecuteAsync(
        IDocumentExecuter executer, HttpContext context, GraphQLRequest request, bool isGet, CancellationToken cancellationToken)
    {
        var execution = new ExecutionOptions
        {
            Query = request.Query,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            RequestServices = context.RequestServices,
            User = context.User,
            CancellationToken = cancellationToken,
        };
        if (isGet)
        {
            // Both lists: a document served from a cache skips ValidationRules and runs only the cached-document rules.
            execution.ValidationRules = GetValidationRules;
            execution.CachedDocumentValidationRules = GetCachedDocumentValidationRules;
        }

        return executer.ExecuteAsync(execution);
    }

    private static int StatusOf(HttpContext context, ExecutionResult result, string mediaType)
    {
        if (result.Errors?.Any(e => e is HttpGetNotQueryError) == true)
        {
            context.Response.Headers.Allow = HttpMethods.Post;
            return StatusCodes.Status405MethodNotAllowed;
        }

        return mediaType == ResponseMediaTypes.GraphQLResponseJson && !result.Executed
            ? StatusCodes.Status400BadRequest
            : StatusCodes.Status200OK;
    }

    private static Task WriteErrorAsync(
        HttpContext context, IGraphQLTextSerializer serializer, string mediaType, TransportError error, CancellationToken cancellationToken) =>
        WriteAsync(context, serializer, error.StatusCode, mediaType, TransportErrorBody.Of(error.Code, error.Message), cancellationToken);

    private static Task WriteAsync<T>(
        HttpContext context, IGraphQLTextSerializer serializer, int status, string mediaType, T body, CancellationToken cancellationToken)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = mediaType + "; charset=utf-8";
        return serializer.WriteAsync(context.Response.Body, body, cancellationToken);
    }
}
