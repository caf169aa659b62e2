using InnovationNetwork.Api.GraphQL.Execution;
using InnovationNetwork.Api.GraphQL.Transport;
using InnovationNetwork.Api.Search;
using InnovationNetwork.Api.Security;
using InnovationNetwork.Graph.Interchange;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace InnovationNetwork.Api.Import;

/// <summary>
/// <c>POST /import</c>: streams a JSON Lines body into the importer the CLI uses, in one write session, so a file is
/// validated line by line and applied all-or-nothing. Whatever stops an upload part-way (the size cap, the client
/// going away, a broken connection, the time limit) ends in a rollback and a log line, never in half an import.
/// </summary>
public sealed class ImportEndpoint(
    GraphImporter importer, SearchIndexService search, IOptions<HttpImportOptions> options, ILogger<ImportEndpoint> logger)
{
    public async Task<IResult> HandleAsync(HttpContext context)
    {
        var limits = options.Value;
        var request = context.Request;
        var traceId = context.TraceIdentifier;
        if (ImportRequest.Parse(request.Query, out var import) is { } badOption)
        {
            return Error(TransportError.BadRequest(badOption));
        }

        if (ImportContent.Check(request, out var gzip) is { } unsupported)
        {
            return Error(unsupported);
        }

        if (request.ContentLength > limits.MaxBodyBytes)
        {
            return Error(TooLarge(limits.MaxBodyBytes));
        }

        // Kestrel's server-wide default (about 30 MB) must not refuse what this endpoint allows.
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
        {
            bodySize.MaxRequestBodySize = limits.MaxBodyBytes;
        }

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
        deadline.CancelAfter(TimeSpan.FromSeconds(limits.MaxDurationSeconds));
        await using var body = new ImportBody(request.Body, limits.MaxBodyBytes, gzip);
        try
        {
            var source = new ImportSource(import.Name, body.Open, gzip ? null : request.ContentLength);
            var report = await importer.ImportAsync(source, import.ToImportOptions(context.User.GetCaller().KeyName ?? "anonymous"), progress: null, deadline.Token);
            logger.Finished(traceId, import.Name, report.Lines, report.Applied, report.DryRun, report.ErrorCount, (long)report.Elapsed.TotalMilliseconds);
            bool? searchable = import.WaitForSearch && report.Applied
                ? await WaitForSearchAsync(report.LastSequence, traceId, limits.SearchWaitSeconds, context.RequestAborted)
                : null;
            var response = ImportResponse.From(report, import.Name, body.BytesRead, searchable);
            return Results.Json(response, statusCode: response.StatusCode);
        }
        catch (IOException) when (body.LimitExceeded)
        {
            logger.TooLarge(traceId, import.Name, limits.MaxBodyBytes);
            return Error(TooLarge(limits.MaxBodyBytes));
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            logger.TooLarge(traceId, import.Name, limits.MaxBodyBytes);
            return Error(TooLarge(limits.MaxBodyBytes));
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            logger.Abandoned(traceId, import.Name, "the client went away");
            return Results.Empty;
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested)
        {
            logger.Abandoned(traceId, import.Name, $"it ran past {limits.MaxDurationSeconds} s");
            return Error(new TransportError(
                StatusCodes.Status408RequestTimeout,
                ApiErrors.TimeoutCode,
                $"The import did not finish within {limits.MaxDurationSeconds} s and was rolled back; send smaller files or upload faster."));
        }
        catch (InvalidDataException e) when (gzip)
        {
            logger.Abandoned(traceId, import.Name, "the body is not valid gzip");
            return Error(TransportError.BadRequest("The body is not valid gzip: " + e.Message));
        }
        catch (BadHttpRequestException e)
        {
            // The server refused the body: a truncated or stalled upload, malformed chunking.
            logger.Abandoned(traceId, import.Name, e.Message);
            return Error(new TransportError(e.StatusCode, TransportErrorCodes.BadRequest, "The request body could not be read: " + e.Message));
        }
        catch (IOException e)
        {
            // The connection broke mid-upload; if the client can still hear, it learns why.
            logger.Abandoned(traceId, import.Name, e.Message);
            return Error(TransportError.BadRequest("The request body could not be read: " + e.Message));
        }
#pragma warning disable CA1031 // The last line of defence: a bug becomes a logged 500 with a trace id, never a stack trace for the client.
        catch (Exception e)
#pragma warning restore CA1031
        {
            logger.UnexpectedFailure(e, traceId);
            return Results.Json(
                TransportErrorBody.Of(TransportErrorCodes.InternalServerError, "The import failed and was rolled back; quote the trace id when reporting it.", traceId),
                statusCode: StatusCodes.Status500InternalServerError);
        }
    }

    /// <summary>True once searches see the import; false (and still a 200: the import is committed) when the index lags.</summary>
    private async Task<bool> WaitForSearchAsync(long sequence, string traceId, int seconds, CancellationToken requestAborted)
    {
        try
        {
            if (await search.TryWaitUntilSearchableAsync(sequence, TimeSpan.FromSeconds(seconds), requestAborted))
            {
                return true;
            }

            logger.SearchLagging(traceId, sequence, seconds);
            return false;
        }
        catch (OperationCanceledException)
        {
            // Never rethrown: the import is already committed, so the outer handler must not report a rollback.
            return false;
        }
    }

    private static IResult Error(TransportError error) =>
        Results.Json(TransportErrorBody.Of(error.Code, error.Message), statusCode: error.StatusCode);

    private static TransportError TooLarge(long limit) => new(
        StatusCodes.Status413PayloadTooLarge,
        TransportErrorCodes.RequestTooLarge,
        $"The import body is larger than {limit} bytes (after gzip decoding too); nothing was applied. Split the file into several imports.");
}
