using InnovationNetwork.Analytics;
using InnovationNetwork.Analytics.Matching;
using InnovationNetwork.Analytics.Snapshot;
using InnovationNetwork.Analytics.Text;
using InnovationNetwork.Graph.Model;
using InnovationNetwork.Graph.Store;
using InnovationNetwork.Tests.Support;

namespace InnovationNetwork.Tests.Analytics;

/// <summary>Bottleneck.similarProjects: shared skills, similar text, and how the two rank together.</summary>
public sealed class SimilarProjectTests : IAsyncLifetime
{
    private const string Asked = "bottleneck:asked";
    private readonly StoreFixture _fixture = new();

    public async Task InitializeAsync()
    {
        await _fixture.Store.WriteAsync(SampleGraph.Build());

        // The bottleneck asked about is in South Yorkshire; every other one is in Greater Manchester.
        await _fixture.Store.WriteAsync(new GraphBatch
        {
            Nodes =
            [
                Bottleneck(Asked, "skills", "Shortage of welders for battery casings", "Battery casing lines stand idle: no qualified welding staff."),
                Bottleneck("bottleneck:both", "skills", "Welding staff shortage on battery lines", "Battery casings wait for qualified welders."),
                Bottleneck("bottleneck:skills-only", "skills", "Recruiting data engineers", "Hiring for data pipelines is slow."),
                Bottleneck("bottleneck:text-only", "finance", "Battery casing welding lines unfunded", "Welders and battery casing lines need capital."),
                Bottleneck("bottleneck:unrelated", "finance", "Cash flow for a bakery", "Seasonal income gaps."),
                Project("project:both"), Project("project:skills-only"), Project("project:text-only"), Project("project:unrelated"),
            ],
            Relationships =
            [
                SampleGraph.Rel(Asked, "LOCATED_IN", "region:TLE3"),
                SampleGraph.Rel(Asked, "REQUIRES", "skill:robotics"),
                SampleGraph.Rel(Asked, "REQUIRES", "skill:materials"),
                .. Elsewhere("both", "skill:robotics", "skill:materials"),
                .. Elsewhere("skills-only", "skill:robotics", "skill:materials", "skill:ml"),
                .. Elsewhere("text-only", "skill:ml"),
                .. Elsewhere("unrelated", "skill:robotics"),
            ],
        });
    }

    public async Task DisposeAsync() => await _fixture.DisposeAsync();

    [Fact]
    public async Task SimilarProjects_ShouldRankSkillsAndTextAboveSkillsAloneAboveTextAlone()
    {
        var similar = SimilarProjects.For(await SnapshotAsync(), Asked, 10);

        Assert.Equal(["project:both", "project:skills-only", "project:text-only"], similar.Select(s => s.ProjectId));
        var (both, skillsOnly, textOnly) = (similar[0], similar[1], similar[2]);
        Assert.Equal(1.0, both.SkillSimilarity);
        Assert.Equal(Math.Round(2 / 3.0, 4), skillsOnly.SkillSimilarity);
        Assert.Equal(0, textOnly.SkillSimilarity);
        Assert.True(textOnly.TextSimilarity >= new SimilarProjectWeights().MinTextSimilarity);
        Assert.True(both.TextSimilarity > skillsOnly.TextSimilarity);
        Assert.Equal(Math.Round((0.6 * both.SkillSimilarity) + (0.4 * both.TextSimilarity), 4), both.Similarity);
    }

    [Fact]
    public async Task SimilarProjects_ADifferentCategoryWithOnlySharedSkills_ShouldNotCount()
    {
        var similar = SimilarProjects.For(await SnapshotAsync(), Asked, 10);

        // "unrelated" shares robotics but is a finance bottleneck about something else entirely.
        Assert.DoesNotContain(similar, s => s.ProjectId == "project:unrelated");
    }

    [Fact]
    public async Task SimilarProjects_WithTextWeightedOut_ShouldKeepTextOnlyMatchesLast()
    {
        var weights = new SimilarProjectWeights { Skills = 1, Text = 0, MinTextSimilarity = 0.2 };

        var similar = SimilarProjects.For(await SnapshotAsync(), Asked, 10, weights);

        Assert.Equal("project:text-only", similar[^1].ProjectId);
        Assert.Equal(0, similar[^1].Similarity);
    }

    [Fact]
    public async Task SimilarProjects_AProjectsOwnText_ShouldCountWhenItsBottleneckSaysLittle()
    {
        await _fixture.Store.WriteAsync(new GraphBatch
        {
            Nodes =
            [
                Bottleneck("bottleneck:terse", "regulation", "Permits", null),
                new GraphNode("project:welding", "Project", PropertyMap.From(("title", "Qualified welders for battery casing lines"))),
            ],
            Relationships = [SampleGraph.Rel("bottleneck:terse", "LOCATED_IN", "region:TLD3"), SampleGraph.Rel("project:welding", "ADDRESSES", "bottleneck:terse")],
        });

        var welding = Assert.Single(SimilarProjects.For(await SnapshotAsync(), Asked, 10), s => s.ProjectId == "project:welding");

        Assert.Equal("bottleneck:terse", welding.BottleneckId);
        Assert.True(welding.TextSimilarity >= new SimilarProjectWeights().MinTextSimilarity);
    }

    [Theory]
    [InlineData("Shortages of qualified welders", "qualify,shortage,welder")]
    [InlineData("The batteries are too costly", "battery,costly")]
    [InlineData("A lab in Leeds, 3D printing", "3d,lab,leed,print")]
    public void Terms_ShouldBeLowerCasedStemmedAndWithoutCommonWords(string text, string expected) =>
        Assert.Equal(expected.Split(','), TermExtractor.Extract(text).Keys);

    private async Task<GraphSnapshot> SnapshotAsync() => await GraphSnapshotBuilder.BuildAsync(_fixture.Store);

    private static GraphNode Bottleneck(string id, string category, string title, string? description) =>
        new(id, "Bottleneck", PropertyMap.From(new Dictionary<string, object?> { ["title"] = title, ["description"] = description, ["category"] = category }
            .Where(p => p.Value is not null)));

    private static GraphNode Project(string id) => new(id, "Project", PropertyMap.From(("title", "Project " + id[(id.IndexOf(':') + 1)..])));

    /// <summary>A bottleneck in Greater Manchester with its required skills, addressed by the project of the same name.</summary>
    private static IEnumerable<GraphRelationship> Elsewhere(string name, params string[] skills) =>
    [
        SampleGraph.Rel($"bottleneck:{name}", "LOCATED_IN", "region:TLD3"),
        SampleGraph.Rel($"project:{name}", "ADDRESSES", $"bottleneck:{name}"),
        .. skills.Select(s => SampleGraph.Rel($"bottleneck:{name}", "REQUIRES", s)),
    ];
}
