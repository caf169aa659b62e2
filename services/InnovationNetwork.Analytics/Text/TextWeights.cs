using System.Runtime.CompilerServices;
using InnovationNetwork.Analytics.Snapshot;

namespace InnovationNetwork.Analytics.Text;

/// <summary>
/// TF-IDF figures for one snapshot version: the inverse document frequency of every term and the length of
/// every text's vector. They depend on every text, so they are worked out once per version, on first use, in
/// one pass over the texts (not kept up to date change by change).
/// </summary>
internal sealed class TextWeights
{
    private static readonly ConditionalWeakTable<GraphSnapshot, Lazy<TextWeights>> Versions = [];

    private TextWeights(SnapshotData data)
    {
        Idf = new double[data.DocumentFrequency.Length];
        for (var term = 0; term < Idf.Length; term++)
        {
            Idf[term] = Math.Log((1.0 + data.DocumentCount) / (1.0 + data.DocumentFrequency[term])) + 1;
        }

        Norms = new double[data.Count];
        for (var node = 0; node < data.Count; node++)
        {
            if (data.Terms[node] is { } text)
            {
                var sum = 0.0;
                for (var i = 0; i < text.Terms.Length; i++)
                {
                    var weight = Weight(text, i);
                    sum += weight * weight;
                }

                Norms[node] = Math.Sqrt(sum);
            }
        }
    }

    /// <summary>ln((1 + texts) / (1 + texts with the term)) + 1, by term id.</summary>
    public double[] Idf { get; }

    /// <summary>The Euclidean length of each text's weight vector (0 for nodes without text).</summary>
    public double[] Norms { get; }

    public static TextWeights For(GraphSnapshot graph) =>
        Versions.GetValue(graph, g => new Lazy<TextWeights>(() => new TextWeights(g.Data))).Value;

    /// <summary>The weight of a text's i-th term: (1 + ln count) × idf.</summary>
    public double Weight(TermCounts text, int i) =>
        text.Counts[i] == 1 ? Idf[text.Terms[i]] : (1 + Math.Log(text.Counts[i])) * Idf[text.Terms[i]];
}
