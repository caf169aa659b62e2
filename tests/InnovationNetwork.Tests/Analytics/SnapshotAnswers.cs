using System.Globalization;
using System.Text;
using System.Text.Json;
using InnovationNetwork.Analytics;
using InnovationNetwork.Analytics.Gaps;
using InnovationNetwork.Analytics.Matching;
using InnovationNetwork.Analytics.Paths;
using InnovationNetwork.Analytics.Snapshot;

namespace InnovationNetwork.Tests.Analytics;

/// <summary>
/// A snapshot written out by id, independent of node indexes: what it holds of every node (sorted links)
/// and the answer of every analytics question over the given ids, as text. Two snapshots of the same graph
/// must give the same text however they were made.
/// </summary>
internal static class SnapshotAnswers
{
    public static string Structure(GraphSnapshot graph)
    {
        var text = new StringBuilder();
        foreach (var node in Enumerable.Range(0, graph.NodeCount).Where(n => graph.LabelOf(n).Length > 0).OrderBy(graph.IdOf, StringComparer.Ordinal))
        {
            string Ids(IEnumerable<int> nodes) => string.Join(",", nodes.Select(graph.IdOf).Order(StringComparer.Ordinal));
            string Links(IEnumerable<SkillLink> links) => string.Join(",", links.Select(l => $"{graph.IdOf(l.Node)}:{l.Strength}").Order(StringComparer.Ordinal));
            string Region(int region) => region < 0 ? "-" : graph.IdOf(region);
            text.Append(CultureInfo.InvariantCulture, $"{graph.IdOf(node)} {graph.LabelOf(node)} {graph.NameOf(node)} open={graph.IsOpenToCollaboration(node)}")
                .Append(CultureInfo.InvariantCulture, $" sev={graph.Severity(node)} openB={graph.IsOpenBottleneck(node)} kind={graph.KindOf(node)} gt={graph.IsGoldenTriangle(node)}")
                .Append(CultureInfo.InvariantCulture, $" in={Region(graph.RegionOf(node))} itl1={Region(graph.Itl1Of(node))} residents=[{Ids(graph.OrganisationsIn(node))}]")
                .Append(CultureInfo.InvariantCulture, $" has=[{Links(graph.SkillsOf(node))}] needs=[{Links(graph.NeedsOf(node))}] holders=[{Links(graph.HoldersOf(node))}]")
                .Append(CultureInfo.InvariantCulture, $" faces=[{Ids(graph.BottlenecksFacedBy(node))}] facers=[{Ids(graph.FacersOf(node))}] requires=[{Ids(graph.SkillsRequiredBy(node))}]")
                .Append(CultureInfo.InvariantCulture, $" requiredFor=[{Ids(graph.BottlenecksRequiring(node))}] addresses=[{Ids(graph.BottlenecksAddressedBy(node))}]")
                .Append(CultureInfo.InvariantCulture, $" addressedBy=[{Ids(graph.ProjectsAddressing(node))}] projects=[{Ids(graph.ProjectsOf(node))}] participants=[{Ids(graph.ParticipantsOf(node))}]")
                .Append(CultureInfo.InvariantCulture, $" partOf=[{Ids(graph.PartOf(node))}] funding=[{string.Join(",", graph.FundingOf(node).Select(f => $"{graph.IdOf(f.Funder)}:{f.AmountGbp}").Order(StringComparer.Ordinal))}]")
                .Append(CultureInfo.InvariantCulture, $" related=[{string.Join(",", graph.RelatedTo(node).Select(r => $"{graph.IdOf(r.Skill)}:{r.Weight}").Order(StringComparer.Ordinal))}]")
                .Append(CultureInfo.InvariantCulture, $" borders=[{Ids(Enumerable.Range(0, graph.NodeCount).Where(o => graph.LabelOf(o) == "Region" && graph.Borders(node, o)))}]")
                .AppendLine();
        }

        return text.ToString();
    }

    public static string Analytics(GraphSnapshot graph, IReadOnlyList<string> ids, AnalyticsOptions options)
    {
        List<string> Existing(string prefix) => [.. ids.Where(id => id.StartsWith(prefix, StringComparison.Ordinal))];
        var text = new StringBuilder();
        void Ask(string question, Func<object?> answer)
        {
            string result;
            try
            {
                result = JsonSerializer.Serialize(answer());

            }
            catch (AnalyticsInputException e)
            {
                result = e.Message;
            }

            text.Append(question).Append(" => ").AppendLine(result);
        }

        var organisations = Existing("lab:").Concat(Existing("firm:")).ToList();
        var regions = Existing("region:").ToList();
        foreach (var organisation in organisations)
        {
            Ask($"partners {organisation}", () => new PartnerMatcher(options).Suggest(graph, new PartnerRequest(organisation, [], null, 10)));
            Ask($"paths {organisation}", () => organisations.Select(o => ConnectionPathFinder.Find(graph, organisation, o, 6)?.Length));
        }

        foreach (var skill in Existing("skill:"))
        {
            Ask($"partners with {skill}", () => new PartnerMatcher(options).Suggest(graph, new PartnerRequest(null, [skill], "region:A", 10)));
        }

        foreach (var bottleneck in Existing("bottleneck:"))
        {
            Ask($"solvers {bottleneck}", () => new BottleneckSolver(options).Solve(graph, bottleneck, 10));
            Ask($"similar {bottleneck}", () => SimilarProjects.For(graph, bottleneck, 10));
        }

        Ask("gaps", () => EcosystemGaps.Find(graph, null, 200));
        foreach (var region in regions)
        {
            Ask($"gaps {region}", () => EcosystemGaps.Find(graph, region, 200));
            Ask($"profile {region}", () => RegionProfiler.Profile(graph, region, options.Readiness));
        }

        return text.ToString();
    }
}
