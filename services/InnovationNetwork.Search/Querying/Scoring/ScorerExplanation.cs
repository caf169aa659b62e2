using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace InnovationNetwork.Search.Querying.Scoring;

/// <summary>Explains a composite score by the scorer's own value and the matching parts' explanations.</summary>
internal static class ScorerExplanation
{
    public static Explanation Of(Weight weight, AtomicReaderContext context, int doc, string description, IEnumerable<Weight> parts)
    {
        var scorer = weight.GetScorer(context, context.AtomicReader.LiveDocs);
        var matches = scorer is not null && scorer.Advance(doc) == doc;
        var explanation = new ComplexExplanation(matches, matches ? scorer!.GetScore() : 0f, matches ? description : "no match");
        foreach (var part in parts)
        {
            if (part.Explain(context, doc) is { IsMatch: true } detail)
            {
                explanation.AddDetail(detail);
            }
        }

        return explanation;
    }

    /// <summary>
    /// A term's or phrase's explanation as Lucene's own weights give it: the similarity's account of the
    /// frequency in the document (null: no match), under <paramref name="frequencyName"/>.
    /// </summary>
    public static Explanation OfFrequency(Query query, Similarity similarity, Similarity.SimWeight stats, AtomicReaderContext context, int doc, float? frequency, string frequencyName)
    {
        if (frequency is not { } value)
        {
            return new ComplexExplanation(false, 0f, "no matching term");
        }

        var score = similarity.GetSimScorer(stats, context).Explain(doc, new Explanation(value, $"{frequencyName}={value}"));
        var explanation = new ComplexExplanation(true, score.Value, $"weight({query} in {doc}) [{similarity.GetType().Name}], result of:");
        explanation.AddDetail(score);
        return explanation;
    }
}
