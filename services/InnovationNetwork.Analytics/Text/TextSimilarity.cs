using InnovationNetwork.Analytics.Snapshot;

namespace InnovationNetwork.Analytics.Text;

/// <summary>
/// Cosine similarity of TF-IDF vectors between one text (the query) and any other text in the snapshot:
/// the query's weights sit in an array by term id, so comparing costs one lookup per term of the other text.
/// </summary>
internal sealed class TextSimilarity
{
    private readonly GraphSnapshot _graph;
    private readonly TextWeights _weights;
    private readonly double[] _query;
    private readonly double _queryNorm;

    public TextSimilarity(GraphSnapshot graph, int node)
    {
        _graph = graph;
        _weights = TextWeights.For(graph);
        _query = new double[_weights.Idf.Length];
        var text = graph.Data.Terms[node] ?? TermCounts.None;
        for (var i = 0; i < text.Terms.Length; i++)
        {
            _query[text.Terms[i]] = _weights.Weight(text, i);
        }

        _queryNorm = _weights.Norms[node];
    }

    /// <summary>Cosine between the query and a node's text, 0–1; 0 when either has no terms.</summary>
    public double To(int node)
    {
        if (_graph.Data.Terms[node] is not { } text || _queryNorm == 0 || _weights.Norms[node] == 0)
        {
            return 0;
        }

        var dot = 0.0;
        for (var i = 0; i < text.Terms.Length; i++)
        {
            if (_query[text.Terms[i]] is var query and > 0)
            {
                dot += query * _weights.Weight(text, i);
            }
        }

        return Math.Min(1, dot / (_queryNorm * _weights.Norms[node]));
    }
}
