using GraphQL.Transport;

namespace InnovationNetwork.Api.GraphQL.Transport;

/// <summary>What the reader made of one HTTP request: the operations to run, or why none will run.</summary>
internal sealed class GraphQLRequestBatch
{
    private GraphQLRequestBatch(IReadOnlyList<GraphQLRequest> requests, bool isBatch, TransportError? error)
    {
        Requests = requests;
        IsBatch = isBatch;
        Error = error;
    }

    public IReadOnlyList<GraphQLRequest> Requests { get; }

    /// <summary>True when the body was a JSON array: the response is an array too, even of one result.</summary>
    public bool IsBatch { get; }

    public TransportError? Error { get; }

    public static GraphQLRequestBatch Single(GraphQLRequest request) => new([request], isBatch: false, error: null);

    public static GraphQLRequestBatch Batch(IReadOnlyList<GraphQLRequest> requests) => new(requests, isBatch: true, error: null);

    public static GraphQLRequestBatch Rejected(TransportError error) => new([], isBatch: false, error);
}
