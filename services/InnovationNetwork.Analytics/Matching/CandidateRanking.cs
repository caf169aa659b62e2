using InnovationNetwork.Analytics.Snapshot;

namespace InnovationNetwork.Analytics.Matching;

/// <summary>What a ranking needs besides the wanted skills: who is left out, where proximity is measured from, and the weights.</summary>
internal sealed record RankingRequest(
    IReadOnlyDictionary<int, double> Wanted,
    Func<int, bool> Excluded,
    int AnchorRegion,
    IReadOnlyDictionary<int, (double Closeness, string? Reason)> Network,
    ScoreWeights Weights,
    int First,
    bool SayHowManyCovered);

/// <summary>
/// Scores every candidate cheaply (coverage, proximity, closeness, openness: array lookups), keeps the
/// best <c>First</c>, and only then builds their reasons: the expensive part runs for ten results, not for
/// the tens of thousands of holders a popular skill has.
/// </summary>
internal static class CandidateRanking
{
    public static IReadOnlyList<Match> Rank(GraphSnapshot graph, RankingRequest request, AnalyticsOptions options)
    {
        var weights = request.Weights;
        var best = new PriorityQueue<int, (double Score, string Id)>(request.First + 1, LowestFirst.Instance);
        foreach (var (candidate, coverage) in SkillCoverage.CoverageOfAll(graph, request.Wanted, options.RelatedSkillCredit))
        {
            if (coverage <= 0 || !graph.IsOrganisation(candidate) || request.Excluded(candidate))
            {
                continue;
            }

            var score = (coverage * weights.Coverage)
                + (Proximity.ScoreOf(graph, request.AnchorRegion, candidate, options.Proximity) * weights.Proximity)
                + ((request.Network.TryGetValue(candidate, out var link) ? link.Closeness : 0) * weights.Network)
                + ((graph.IsOpenToCollaboration(candidate) ? 1 : 0) * weights.Openness);
            best.Enqueue(candidate, (score, graph.IdOf(candidate)));
            if (best.Count > request.First)
            {
                best.Dequeue();
            }
        }

        var ranked = new List<(int Node, double Score)>();
        while (best.TryDequeue(out var node, out var key))
        {
            ranked.Add((node, key.Score));
        }

        ranked.Reverse();
        return [.. ranked.Select(r => Explain(graph, request, options, r.Node, r.Score))];
    }

    private static Match Explain(GraphSnapshot graph, RankingRequest request, AnalyticsOptions options, int candidate, double score)
    {
        var coverage = SkillCoverage.Score(graph, candidate, request.Wanted, options.RelatedSkillCredit);
        var reasons = coverage.Reasons;
        if (request.SayHowManyCovered)
        {
            reasons.Insert(0, $"covers {coverage.Direct.Count} of the {request.Wanted.Count} skills it requires");
        }

        if (Proximity.Of(graph, request.AnchorRegion, candidate, options.Proximity).Reason is { } near)
        {
            reasons.Add(near);
        }

        if (request.Network.TryGetValue(candidate, out var link) && link.Reason is { } together)
        {
            reasons.Add(together);
        }

        reasons.Add(graph.IsOpenToCollaboration(candidate) ? "open to collaboration" : "not open to new partners at present");
        return new Match(graph.IdOf(candidate), Math.Round(score, 4), [.. coverage.Direct.Select(graph.IdOf)], reasons);
    }

    /// <summary>Keeps the queue's head at the weakest kept result: lower score, then the later id, goes first.</summary>
    private sealed class LowestFirst : IComparer<(double Score, string Id)>
    {
        public static readonly LowestFirst Instance = new();

        public int Compare((double Score, string Id) x, (double Score, string Id) y) =>
            x.Score != y.Score ? x.Score.CompareTo(y.Score) : string.CompareOrdinal(y.Id, x.Id);
    }
}
