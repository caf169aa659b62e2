using Lucene.Net.Index;
using Lucene.Net.Search;

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
}
