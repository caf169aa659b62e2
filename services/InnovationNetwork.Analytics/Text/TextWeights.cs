using System.Runtime.CompilerServices;
using InnovationNetwork.Analytics.Snapshot;

namespace InnovationNetwork.Analytics.Text;

/// <summary>
/// TF-IDF vectors of every text in one snapshot version, normalised to length 1 and packed into flat arrays
/// (one run of term ids and weights per node), so a cosine is one sequential pass and comparing a text with
/// tens of thousands of others does not chase an object per text. Idf depends on every text, so this is
/// worked out once per version, on first use, in one pass over the texts (not kept up to date change by change).
/// </summary>
internal sealed class TextWeights
{
    private static readonly ConditionalWeakTable<GraphSnapshot, Lazy<TextWeights>> Versions = [];

    private TextWeights(SnapshotData data)
    {
        var idf = new double[data.DocumentFrequency.Length];
        for (var term = 0; term < idf.Length; term++)
        {
            idf[term] = Math.Log((1.0 + data.DocumentCount) / (1.0 + data.DocumentFrequency[term])) + 1;
        }

        TermCount = idf.Length;
        Start = new int[data.Count + 1];
        var total = 0;
        for (var node = 0; node < data.Count; node++)
        {
            Start[node] = total;
            total += data.Terms[node]?.Terms.Length ?? 0;
        }

        Start[data.Count] = total;
        Terms = new int[total];
        Weights = new float[total];
        for (var node = 0; node < data.Count; node++)
        {
            if (data.Terms[node] is { } text)
            {
                Pack(text, idf, Start[node]);
            }
        }
    }

    /// <summary>How many term ids there can be (the length a dense query vector needs).</summary>
    public int TermCount { get; }

    /// <summary>Where each node's run starts in <see cref="Terms"/> and <see cref="Weights"/>; a node's run ends where the next one's starts.</summary>
    public int[] Start { get; }

    public int[] Terms { get; }

    /// <summary>(1 + ln count) × idf, divided by the text's vector length, so the dot product of two runs is their cosine.</summary>
    public float[] Weights { get; }

    public static TextWeights For(GraphSnapshot graph) =>
        Versions.GetValue(graph, g => new Lazy<TextWeights>(() => new TextWeights(g.Data))).Value;

    private void Pack(TermCounts text, double[] idf, int at)
    {
        var sum = 0.0;
        for (var i = 0; i < text.Terms.Length; i++)
        {
            var weight = (1 + Math.Log(text.Counts[i])) * idf[text.Terms[i]];
            Terms[at + i] = text.Terms[i];
            Weights[at + i] = (float)weight;
            sum += weight * weight;
        }

        var norm = (float)Math.Sqrt(sum);
        for (var i = 0; i < text.Terms.Length && norm > 0; i++)
        {
            Weights[at + i] /= norm;
        }
    }
}
