using System.Buffers;
using GraphQL;
using Microsoft.Net.Http.Headers;

namespace InnovationNetwork.Api.GraphQL.Transport;

/// <summary>Reads a POST body: JSON in UTF-8 only, never more than the configured number of bytes.</summary>
internal static class GraphQLBodyReader
{
    private const int InitialBufferBytes = 4096;

    public static async Task<GraphQLRequestBatch> ReadAsync(
        HttpRequest request, GraphQLHttpOptions options, IGraphQLTextSerializer serializer, CancellationToken cancellationToken)
    {
        if (CheckContentType(request.ContentType) is { } unsupported)
        {
            return GraphQLRequestBatch.Rejected(unsupported);
        }

        var limit = options.MaxRequestBytes;
        if (request.ContentLength > limit)
        {
            return GraphQLRequestBatch.Rejected(TooLarge(limit));
        }

        // Content-Length may be absent (chunked) or wrong, so the read itself stops one byte past the limit.
        var buffer = ArrayPool<byte>.Shared.Rent((int)Math.Clamp(request.ContentLength ?? InitialBufferBytes, 1, limit + 1L));
        try
        {
            var length = 0;
            while (true)
            {
                if (length == buffer.Length)
                {
                    if (length > limit)
                    {
                        return GraphQLRequestBatch.Rejected(TooLarge(limit));
                    }

                    buffer = Grow(buffer, length, (int)Math.Min(length * 2L, limit + 1L));
                }

                var read = await request.Body.ReadAsync(buffer.AsMemory(length), cancellationToken);
                if (read == 0)
                {
                    break;
                }

                length += read;
                if (length > limit)
                {
                    return GraphQLRequestBatch.Rejected(TooLarge(limit));
                }
            }

            return GraphQLRequestParser.ParseBody(buffer.AsMemory(0, length), options.MaxBatchSize, serializer);
        }
        catch (BadHttpRequestException e)
        {
            // The server refused the body itself (malformed chunking, its own size limit, a client that stalls).
            var code = e.StatusCode == StatusCodes.Status413PayloadTooLarge ? TransportErrorCodes.RequestTooLarge : TransportErrorCodes.BadRequest;
            return GraphQLRequestBatch.Rejected(new TransportError(e.StatusCode, code, "The request body could not be read: " + e.Message));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// Only <c>application/json</c> in UTF-8 (the default when no charset is given). Requiring it also keeps
    /// cross-site forms out: a browser cannot send this type to another origin without a CORS preflight.
    /// </summary>
    private static TransportError? CheckContentType(string? contentType)
    {
        if (!MediaTypeHeaderValue.TryParse(contentType, out var type)
            || !type.MediaType.Equals(ResponseMediaTypes.Json, StringComparison.OrdinalIgnoreCase))
        {
            return new TransportError(
                StatusCodes.Status415UnsupportedMediaType,
                TransportErrorCodes.UnsupportedMediaType,
                $"Send the request as {ResponseMediaTypes.Json}; got '{contentType ?? "no content type"}'.");
        }

        var charset = type.Charset;
        if (charset.HasValue && !charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase) && !charset.Equals("utf8", StringComparison.OrdinalIgnoreCase))
        {
            return new TransportError(
                StatusCodes.Status415UnsupportedMediaType,
                TransportErrorCodes.UnsupportedMediaType,
                $"Only UTF-8 request bodies are accepted; got charset '{charset}'.");
        }

        return null;
    }

    private static byte[] Grow(byte[] buffer, int length, int size)
    {
        var larger = ArrayPool<byte>.Shared.Rent(size);
        buffer.AsSpan(0, length).CopyTo(larger);
        ArrayPool<byte>.Shared.Return(buffer);
        return larger;
    }

    private static TransportError TooLarge(int limit) => new(
        StatusCodes.Status413PayloadTooLarge,
        TransportErrorCodes.RequestTooLarge,
        $"The request body is larger than {limit} bytes.");
}
