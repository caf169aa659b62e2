using InnovationNetwork.Analytics.Snapshot;

namespace InnovationNetwork.Analytics.Matching;

/// <summary>Proximity of a candidate to an anchor region: same region (or inside an ITL1 anchor), same ITL1, bordering ITL1, elsewhere.</summary>
internal static class Proximity
{
    private enum Kind
    {
        Unknown,
        SameRegion,
        InsideItl1Anchor,
        SameItl1,
        BorderingItl1,
        Elsewhere,
    }

    /// <summary>The score alone, without building the reason (run for every candidate before the top few are picked).</summary>
    public static double ScoreOf(GraphSnapshot graph, int anchorRegion, int candidate, ProximityScores scores) =>
        Score(Classify(graph, anchorRegion, candidate), scores);

    public static (double Score, string? Reason) Of(GraphSnapshot graph, int anchorRegion, int candidate, ProximityScores scores)
    {
        var kind = Classify(graph, anchorRegion, candidate);
        var region = graph.RegionOf(candidate);
        string? reason = kind switch
        {
            Kind.SameRegion => $"same region: {graph.NameOf(region)}",
            Kind.InsideItl1Anchor => $"in {graph.NameOf(anchorRegion)} ({graph.NameOf(region)})",
            Kind.SameItl1 => $"same ITL1 region: {graph.NameOf(graph.Itl1Of(anchorRegion))} ({graph.NameOf(region)})",
            Kind.BorderingItl1 => $"neighbouring region: {graph.NameOf(graph.Itl1Of(candidate))}",
            _ => null,
        };
        return (Score(kind, scores), reason);
    }

    private static Kind Classify(GraphSnapshot graph, int anchorRegion, int candidate)
    {
        var region = graph.RegionOf(candidate);
        if (anchorRegion < 0 || region < 0)
        {
            return Kind.Unknown;
        }

        var anchorItl1 = graph.Itl1Of(anchorRegion);
        var candidateItl1 = graph.Itl1Of(candidate);
        return region == anchorRegion ? Kind.SameRegion
            : anchorItl1 == anchorRegion && candidateItl1 == anchorRegion ? Kind.InsideItl1Anchor
            : anchorItl1 >= 0 && candidateItl1 == anchorItl1 ? Kind.SameItl1
            : anchorItl1 >= 0 && candidateItl1 >= 0 && graph.Borders(anchorItl1, candidateItl1) ? Kind.BorderingItl1
            : Kind.Elsewhere;
    }

    private static double Score(Kind kind, ProximityScores scores) => kind switch
    {
        Kind.SameRegion or Kind.InsideItl1Anchor => scores.SameItl2,
        Kind.SameItl1 => scores.SameItl1,
        Kind.BorderingItl1 => scores.BorderingItl1,
        Kind.Elsewhere => scores.Elsewhere,
        _ => 0,
    };
}
