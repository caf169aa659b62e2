using System.Text.Json;

namespace InnovationNetwork.Cli.Generation;

/// <summary>Writes bottlenecks, who faces them, where they are and which skills unblock them.</summary>
internal sealed class BottleneckSection(GenerationWorld world, GraphLineWriter writer)
{
    private static readonly JsonEncodedText Label = JsonEncodedText.Encode("Bottleneck");
    private static readonly JsonEncodedText Faces = JsonEncodedText.Encode("FACES");
    private static readonly JsonEncodedText LocatedIn = JsonEncodedText.Encode("LOCATED_IN");
    private static readonly JsonEncodedText Requires = JsonEncodedText.Encode("REQUIRES");
    private static readonly JsonEncodedText Title = JsonEncodedText.Encode("title");
    private static readonly JsonEncodedText Description = JsonEncodedText.Encode("description");
    private static readonly JsonEncodedText Category = JsonEncodedText.Encode("category");
    private static readonly JsonEncodedText Severity = JsonEncodedText.Encode("severity");
    private static readonly JsonEncodedText Status = JsonEncodedText.Encode("status");
    private static readonly JsonEncodedText ReportedAt = JsonEncodedText.Encode("reportedAt");
    private static readonly JsonEncodedText SourceItem = JsonEncodedText.Encode("sourceItem");
    private static readonly JsonEncodedText Synthetic = JsonEncodedText.Encode("synthetic");

    private static readonly string[] Statuses = ["open", "in_progress", "resolved"];
    private static readonly int[] StatusWeights = [65, 22, 13];
    private static readonly int[] SeverityWeights = [1, 2, 4, 3, 2];
    private static readonly DateOnly FirstReport = new(2022, 1, 1);
    private static readonly int ReportDays = new DateOnly(2026, 3, 31).DayNumber - FirstReport.DayNumber;

    /// <summary>Title around the first required skill, per category (same order as <see cref="BottleneckPlanner.Categories"/>).</summary>
    private static readonly (string Before, string After)[] Titles =
    [
        ("Cannot raise finance to scale up ", ""), ("High cost and risk of adopting ", ""), ("Shortage of staff skilled in ", ""),
        ("Lack of know-how in ", ""), ("No research partner for ", ""), ("No capacity to take up ", ""),
        ("No access to facilities for ", ""), ("Infrastructure too weak for ", ""), ("Uncertain demand for ", " products"),
        ("Regulatory hurdles for ", ""), ("Hard to offer good jobs in ", ""),
    ];

    /// <summary>The UK Innovation Survey item behind a category, where one matches.</summary>
    private static readonly string?[] SurveyItems =
    [
        "UKIS:lack_of_external_finance", "UKIS:costs_too_high", "UKIS:lack_of_skilled_employees",
        "UKIS:lack_of_access_to_external_knowledge", "UKIS:lack_of_collaboration_partners",
        "UKIS:different_priorities_within_enterprise", null, null, "UKIS:uncertain_market_demand", null, null,
    ];

    private readonly BottleneckPlan _plan = new();
    private readonly TextBuffer _text = new();

    public int Count => world.Bottlenecks;

    public void WriteNode(int bottleneck)
    {
        var plan = world.Bottleneck.Draw(bottleneck, _plan);
        var random = SplitMix64.For(world.Seed, RandomStream.BottleneckNode, bottleneck);
        var names = world.Catalog.Names;
        var (before, after) = Titles[plan.Category];

        var json = writer.BeginNode(new NodeRef(EntityKind.Bottleneck, bottleneck), Label);
        json.WriteString(Title, _text.Clear().Append(before).Append(names[plan.Skills[0]]).Append(after).Span);
        var facer = plan.Facers[0];
        _text.Clear().Append(world.IsLab(facer) ? "A lab" : "A firm").Append(" in ")
            .Append(UkRegions.Itl2[world.CollaboratorItl2[facer]].Name).Append(plan.FacerCount > 1 ? " and a neighbour report" : " reports")
            .Append(" this obstacle. Unblocking it needs ").AppendList(plan.RequiredSkills, names).Append('.');
        json.WriteString(Description, _text.Span);
        json.WriteString(Category, BottleneckPlanner.Categories[plan.Category]);
        json.WriteNumber(Severity, 1 + random.Weighted(SeverityWeights));
        json.WriteString(Status, Statuses[random.Weighted(StatusWeights)]);
        Span<byte> date = stackalloc byte[10];
        GenerationDates.Format(FirstReport.AddDays(random.Between(0, ReportDays)), date);
        json.WriteString(ReportedAt, date);
        if (SurveyItems[plan.Category] is { } item)
        {
            json.WriteString(SourceItem, item);
        }

        json.WriteBoolean(Synthetic, true);
        writer.EndNode();
    }

    public void WriteRelationships(int bottleneck)
    {
        var plan = world.Bottleneck.Draw(bottleneck, _plan);
        var self = new NodeRef(EntityKind.Bottleneck, bottleneck);
        for (var i = 0; i < plan.FacerCount; i++)
        {
            writer.Relationship(Faces, world.Collaborator(plan.Facers[i]), self);
        }

        writer.Relationship(LocatedIn, self, NodeRef.Itl2(world.CollaboratorItl2[plan.Facers[0]]));
        foreach (var skill in plan.RequiredSkills)
        {
            writer.Relationship(Requires, self, new NodeRef(EntityKind.Skill, skill));
        }
    }
}
