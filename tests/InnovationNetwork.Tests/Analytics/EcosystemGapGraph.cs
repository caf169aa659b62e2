using System.Text;
using InnovationNetwork.Analytics.Snapshot;
using InnovationNetwork.Tests.Support;

namespace InnovationNetwork.Tests.Analytics;

/// <summary>
/// A hand-built graph for the gap and profile tests, small enough to compute every figure by hand:
/// three ITL1 regions (London is the golden triangle), Yorkshire with two ITL2s and an authority that
/// South Yorkshire is also PART_OF (a diamond that must not count anything twice).
/// </summary>
internal static class EcosystemGapGraph
{
    public static async Task<GraphSnapshot> BuildAsync(StoreFixture fixture)
    {
        var report = await fixture.ImportTextAsync(Lines());
        Assert.True(report.Applied, string.Join("; ", report.Errors.Select(e => e.ToString())));
        return await GraphSnapshotBuilder.BuildAsync(fixture.Store);
    }

    private static string Lines()
    {
        var text = new StringBuilder();
        void Node(string id, string label, string properties) =>
            text.Append("{\"type\":\"node\",\"id\":\"").Append(id).Append("\",\"labels\":[\"").Append(label).Append("\"],\"properties\":{").Append(properties).Append("}}\n");
        void Rel(string start, string type, string end, string properties = "") =>
            text.Append("{\"type\":\"relationship\",\"label\":\"").Append(type).Append("\",\"start\":{\"id\":\"").Append(start)
                .Append("\"},\"end\":{\"id\":\"").Append(end).Append("\"},\"properties\":{").Append(properties).Append("}}\n");
        void Region(string code, string level, string parent, bool golden = false)
        {
            Node($"region:{code}", "Region", $"\"name\":\"{code}\",\"level\":\"{level}\",\"goldenTriangle\":{(golden ? "true" : "false")}");
            if (parent.Length > 0)
            {
                Rel($"region:{code}", "PART_OF", $"region:{parent}");
            }
        }

        void Located(string id, string label, string region, string properties)
        {
            Node(id, label, properties);
            Rel(id, "LOCATED_IN", $"region:{region}");
        }

        Region("UK", "NATION", string.Empty);
        Region("TLI", "ITL1", "UK", golden: true);
        Region("TLE", "ITL1", "UK");
        Region("TLD", "ITL1", "UK");
        Region("SYMCA", "MCA", "TLE");
        Region("TLE3", "ITL2", "TLE");
        Rel("region:TLE3", "PART_OF", "region:SYMCA");
        Region("TLE4", "ITL2", "TLE");
        foreach (var skill in new[] { "cv", "ml", "robotics" })
        {
            Node($"skill:{skill}", "Skill", $"\"name\":\"{skill}\",\"category\":\"Digital\"");
        }

        Located("lab:a", "Lab", "TLE3", "\"name\":\"A\"");
        Located("firm:b", "Firm", "TLE4", "\"name\":\"B\"");
        Located("firm:c", "Firm", "TLE3", "\"name\":\"C\"");
        Located("firm:l", "Firm", "TLI", "\"name\":\"L\"");
        Located("lab:d", "Lab", "TLD", "\"name\":\"D\"");
        Located("funder:ca", "Funder", "SYMCA", "\"name\":\"CA\",\"kind\":\"combined_authority\"");
        Located("funder:ukri", "Funder", "TLI", "\"name\":\"UKRI\",\"kind\":\"public\"");
        Located("bottleneck:1", "Bottleneck", "TLE3", "\"title\":\"1\",\"category\":\"skills\",\"severity\":5,\"status\":\"open\"");
        Located("bottleneck:2", "Bottleneck", "TLE4", "\"title\":\"2\",\"category\":\"finance\",\"severity\":3,\"status\":\"in_progress\"");
        Located("bottleneck:3", "Bottleneck", "TLE4", "\"title\":\"3\",\"category\":\"skills\",\"severity\":5,\"status\":\"resolved\"");
        Located("bottleneck:4", "Bottleneck", "TLI", "\"title\":\"4\",\"category\":\"skills\",\"severity\":4");
        Located("project:1", "Project", "TLE3", "\"title\":\"P1\"");
        Located("project:2", "Project", "TLE4", "\"title\":\"P2\"");
        Located("project:3", "Project", "TLD", "\"title\":\"P3\"");
        Rel("lab:a", "HAS_SKILL", "skill:robotics", "\"level\":5");
        Rel("lab:a", "HAS_SKILL", "skill:ml", "\"level\":2");
        Rel("firm:b", "HAS_SKILL", "skill:ml", "\"level\":3");
        Rel("firm:b", "NEEDS_SKILL", "skill:cv", "\"priority\":4");
        Rel("firm:c", "NEEDS_SKILL", "skill:robotics", "\"priority\":2");
        Rel("firm:l", "HAS_SKILL", "skill:cv", "\"level\":5");
        Rel("firm:l", "NEEDS_SKILL", "skill:ml", "\"priority\":5");
        Rel("lab:d", "HAS_SKILL", "skill:cv", "\"level\":4");
        Rel("firm:c", "FACES", "bottleneck:1");
        Rel("bottleneck:1", "REQUIRES", "skill:cv");
        Rel("bottleneck:1", "REQUIRES", "skill:robotics");
        Rel("bottleneck:2", "REQUIRES", "skill:cv");
        Rel("bottleneck:3", "REQUIRES", "skill:ml");
        Rel("bottleneck:4", "REQUIRES", "skill:cv");
        Rel("lab:a", "PARTICIPATES_IN", "project:1", "\"role\":\"lead\"");
        Rel("firm:c", "PARTICIPATES_IN", "project:1", "\"role\":\"partner\"");
        Rel("firm:b", "PARTICIPATES_IN", "project:2", "\"role\":\"lead\"");
        Rel("firm:l", "PARTICIPATES_IN", "project:2", "\"role\":\"partner\"");
        Rel("lab:d", "PARTICIPATES_IN", "project:3", "\"role\":\"lead\"");
        Rel("funder:ca", "FUNDS", "project:1", "\"amountGbp\":100000");
        Rel("funder:ca", "FUNDS", "project:2", "\"amountGbp\":50000");
        Rel("funder:ukri", "FUNDS", "project:2", "\"amountGbp\":250000");
        return text.ToString();
    }
}
