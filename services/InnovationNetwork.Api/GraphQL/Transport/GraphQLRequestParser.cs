using System.Text.Json;
using System.Text.Unicode;
using GraphQL;
using GraphQL.Transport;

namespace InnovationNetwork.Api.GraphQL.Transport;

/// <summary>
/// Turns a JSON body or GET query parameters into <see cref="GraphQLRequest"/>s, checking every member's type,
/// so a wrong-typed <c>query</c>, <c>variables</c>, <c>operationName</c> or <c>extensions</c> is a 400 and not an exception.
/// </summary>
internal static class GraphQLRequestParser
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 64 };

    public static GraphQLRequestBatch ParseBody(ReadOnlyMemory<byte> utf8Json, int maxBatchSize, IGraphQLTextSerializer serializer)
    {
        // A UTF-8 byte order mark is legal at the start of a body but not inside JSON.
        if (utf8Json.Span.StartsWith("\uFEFF"u8))
        {
            utf8Json = utf8Json[3..];
        }

        if (utf8Json.IsEmpty)
        {
            return Rejected("The request body is empty; send a JSON object with a 'query'.");
        }

        // The JSON reader checks UTF-8 only in the strings it decodes, so a bad byte would surface later as an exception.
        if (!Utf8.IsValid(utf8Json.Span))
        {
            return Rejected("The request body is not valid UTF-8.");
        }

        try
        {
            using var document = JsonDocument.Parse(utf8Json, DocumentOptions);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Array)
            {
                return ReadRequest(root, serializer, out var request) is { } error
                    ? GraphQLRequestBatch.Rejected(error)
                    : GraphQLRequestBatch.Single(request!);
            }

            var count = root.GetArrayLength();
            if (count == 0)
            {
                return Rejected("The batch is empty; send at least one request.");
            }

            if (count > maxBatchSize)
            {
                return GraphQLRequestBatch.Rejected(new TransportError(
                    StatusCodes.Status400BadRequest,
                    TransportErrorCodes.BatchTooLarge,
                    $"A batch may hold at most {maxBatchSize} requests; this one has {count}."));
            }

            var requests = new List<GraphQLRequest>(count);
            foreach (var element in root.EnumerateArray())
            {
                if (ReadRequest(element, serializer, out var request) is { } error)
                {
                    return GraphQLRequestBatch.Rejected(error with { Message = $"Batch item {requests.Count}: {error.Message}" });
                }

                requests.Add(request!);
            }

            return GraphQLRequestBatch.Batch(requests);
        }
        catch (JsonException e)
        {
            return Rejected("The request body is not valid JSON: " + e.Message);
        }
        catch (InvalidOperationException e)
        {
            // Valid JSON can still escape a string that is not valid UTF-16 ("\uD800"); reading it throws this.
            return Rejected("The request body holds a string that is not valid text: " + e.Message);
        }
    }

    public static GraphQLRequestBatch ParseQueryString(IQueryCollection parameters, IGraphQLTextSerializer serializer)
    {
        foreach (var name in (string[])["query", "operationName", "variables", "extensions"])
        {
            if (parameters[name].Count > 1)
            {
                return Rejected($"The '{name}' parameter is given more than once.");
            }
        }

        var query = parameters["query"].ToString();
        if (string.IsNullOrEmpty(query))
        {
            return Rejected("The request has no 'query' parameter.");
        }

        var operationName = parameters["operationName"].ToString();
        if (ReadJsonParameter(parameters["variables"].ToString(), "variables", serializer, out var variables) is { } variablesError)
        {
            return GraphQLRequestBatch.Rejected(variablesError);
        }

        if (ReadJsonParameter(parameters["extensions"].ToString(), "extensions", serializer, out var extensions) is { } extensionsError)
        {
            return GraphQLRequestBatch.Rejected(extensionsError);
        }

        return GraphQLRequestBatch.Single(new GraphQLRequest
        {
            Query = query,
            OperationName = operationName.Length == 0 ? null : operationName,
            Variables = variables,
            Extensions = extensions,
        });
    }

    private static TransportError? ReadRequest(JsonElement element, IGraphQLTextSerializer serializer, out GraphQLRequest? request)
    {
        request = null;
        if (element.ValueKind != JsonValueKind.Object)
        {
            return TransportError.BadRequest("A GraphQL request must be a JSON object with a 'query'.");
        }

        if (!element.TryGetProperty("query", out var query) || query.ValueKind == JsonValueKind.Null)
        {
            return TransportError.BadRequest("The request has no 'query'.");
        }

        if (query.ValueKind != JsonValueKind.String)
        {
            return TransportError.BadRequest("'query' must be a string.");
        }

        string? operationName = null;
        if (element.TryGetProperty("operationName", out var name) && name.ValueKind != JsonValueKind.Null)
        {
            if (name.ValueKind != JsonValueKind.String)
            {
                return TransportError.BadRequest("'operationName' must be a string or null.");
            }

            operationName = name.GetString();
        }

        if (ReadMap(element, "variables", serializer, out var variables) is { } variablesError)
        {
            return variablesError;
        }

        if (ReadMap(element, "extensions", serializer, out var extensions) is { } extensionsError)
        {
            return extensionsError;
        }

        request = new GraphQLRequest { Query = query.GetString(), OperationName = operationName, Variables = variables, Extensions = extensions };
        return null;
    }

    private static TransportError? ReadMap(JsonElement parent, string member, IGraphQLTextSerializer serializer, out Inputs? map)
    {
        map = null;
        return parent.TryGetProperty(member, out var value) ? ReadMapValue(value, member, serializer, out map) : null;
    }

    private static TransportError? ReadJsonParameter(string text, string member, IGraphQLTextSerializer serializer, out Inputs? map)
    {
        map = null;
        if (text.Length == 0)
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(text, DocumentOptions);
            return ReadMapValue(document.RootElement, member, serializer, out map);
        }
        catch (JsonException e)
        {
            return TransportError.BadRequest($"'{member}' is not valid JSON: {e.Message}");
        }
        catch (InvalidOperationException e)
        {
            return TransportError.BadRequest($"'{member}' holds a string that is not valid text: {e.Message}");
        }
    }

    private static TransportError? ReadMapValue(JsonElement value, string member, IGraphQLTextSerializer serializer, out Inputs? map)
    {
        map = null;
        if (value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Object)
        {
            return TransportError.BadRequest($"'{member}' must be a JSON object or null.");
        }

        map = serializer.ReadNode<Inputs>(value);
        return null;
    }

    private static GraphQLRequestBatch Rejected(string message) => GraphQLRequestBatch.Rejected(TransportError.BadRequest(message));
}
