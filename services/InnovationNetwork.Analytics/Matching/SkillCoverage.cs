using System.Globalization;
using InnovationNetwork.Analytics.Snapshot;

namespace InnovationNetwork.Analytics.Matching;

/// <summary>
/// How well a candidate covers a weighted set of wanted skills: full credit level/5 for a held skill,
/// partial credit level/5 × relation weight × RelatedSkillCredit for a held related skill.
/// </summary>
internal static class SkillCoverage
{
    private const int MaxPartialInReason = 3;

    public sealed record Result(double Coverage, List<int> Direct, List<string> Reasons);

    /// <summary>
    /// Coverage of every organisation holding a wanted skill or a skill related to one, walking from the
    /// skills to their holders: the cost follows the holders touched, not candidates × wanted skills.
    /// Gives the same coverage as <see cref="Score"/>, which is then run only for the few results shown.
    /// </summary>
    public static Dictionary<int, double> CoverageOfAll(GraphSnapshot graph, IReadOnlyDictionary<int, double> wanted, double relatedCredit)
    {
        var coverage = new Dictionary<int, double>();
        var best = new Dictionary<int, double>();
        var total = wanted.Values.Sum();
        foreach (var (skill, weight) in wanted)
        {
            best.Clear();
            foreach (var related in graph.RelatedTo(skill))
            {
                foreach (var holder in graph.HoldersOf(related.Skill))
                {
                    var credit = holder.Strength / 5.0 * related.Weight * relatedCredit;
                    if (!best.TryGetValue(holder.Node, out var current) || credit > current)
                    {
                        best[holder.Node] = credit;
                    }
                }
            }

            // A directly held skill always counts at its own level, as in Score.
            foreach (var holder in graph.HoldersOf(skill))
            {
                best[holder.Node] = holder.Strength / 5.0;
            }

            foreach (var (holder, credit) in best)
            {
                coverage[holder] = coverage.GetValueOrDefault(holder) + (weight * credit / total);
            }
        }

        return coverage;
    }

    public static Result Score(GraphSnapshot graph, int candidate, IReadOnlyDictionary<int, double> wanted, double relatedCredit)
    {
        var held = graph.SkillsOf(candidate);
        double total = 0, covered = 0;
        var direct = new List<(int Skill, int Level)>();
        var partial = new List<(double Credit, string Text)>();
        foreach (var (skill, weight) in wanted)
        {
            total += weight;
            var level = LevelOf(held, skill);
            if (level > 0)
            {
                covered += weight * level / 5.0;
                direct.Add((skill, level));
                continue;
            }

            var best = 0.0;
            var via = -1;
            foreach (var related in graph.RelatedTo(skill))
            {
                var credit = LevelOf(held, related.Skill) / 5.0 * related.Weight * relatedCredit;
                if (credit > best)
                {
                    (best, via) = (credit, related.Skill);
                }
            }

            if (via >= 0)
            {
                covered += weight * best;
                partial.Add((weight * best, $"{graph.NameOf(via)} (level {LevelOf(held, via)}), related to {graph.NameOf(skill)}"));
            }
        }

        var reasons = new List<string>();
        if (direct.Count > 0)
        {
            direct.Sort((a, b) => b.Level.CompareTo(a.Level));
            reasons.Add("has " + JoinAnd(direct.Select(d => string.Create(CultureInfo.InvariantCulture, $"{graph.NameOf(d.Skill)} (level {d.Level})"))));
        }

        if (partial.Count > 0)
        {
            // The strongest few, so a reason stays readable when many wanted skills get partial credit.
            var strongest = partial.OrderByDescending(p => p.Credit).Select(p => p.Text).Take(MaxPartialInReason).ToList();
            if (partial.Count > MaxPartialInReason)
            {
                strongest.Add(string.Create(CultureInfo.InvariantCulture, $"{partial.Count - MaxPartialInReason} more related skills"));
            }

            reasons.Add("has " + JoinAnd(strongest));
        }

        return new Result(total > 0 ? covered / total : 0, [.. direct.Select(d => d.Skill)], reasons);
    }

    public static string JoinAnd(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count <= 1 ? string.Concat(list) : string.Join(", ", list.Take(list.Count - 1)) + " and " + list[^1];
    }

    private static int LevelOf(IReadOnlyList<SkillLink> held, int skill)
    {
        foreach (var link in held)
        {
            if (link.Node == skill)
            {
                return link.Strength;
            }
        }

        return 0;
    }
}
