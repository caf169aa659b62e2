using InnovationNetwork.Analytics.Snapshot;

namespace InnovationNetwork.Analytics.Text;

/// <summary>
/// Cosine similarity of TF-IDF vectors between one text (the query) and any other text in the snapshot:
/// the query's weights sit in an array by term id, so comparing costs one lookup per term of the other text.
/// </summary>
internal sealed class TextSimilarity
{
    private readonly TextWeights _weights;
    private readonly float[] _query;

    public TextSimilarity(GraphSnapshot graph, int node)
    {
        _weights = TextWeights.For(graph);
        _query = new float[_weights.TermCount];
        for (var i = _weights.Start[node]; i < _weights.Start[node + 1]; i++)
        {
            _query[_weights.Terms[i]] = _weights.Weights[i];
        }
    }

    /// <summary>Cosine between the query and a node's text, 0–1; 0 when either has no terms.</summary>
    public double To(int node)
    {
        var dot = 0.0;
        for (var i = _weights.Start[node]; i < _weights.Start[node + 1]; i++)
        {
            dot += _query[_weights.Terms[i]] * _weights.Weights[i];
        }

        // Rounded so that float noise cannot make a text more than identical to itself.
        return Math.Min(1, Math.Round(dot, 6));
    }
}
