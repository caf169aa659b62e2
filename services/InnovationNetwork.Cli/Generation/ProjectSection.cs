using System.Text.Json;

namespace InnovationNetwork.Cli.Generation;

/// <summary>Writes projects and their participants, skills, funders, bottlenecks and location.</summary>
internal sealed class ProjectSection(GenerationWorld world, GraphLineWriter writer)
{
    private static readonly JsonEncodedText Label = JsonEncodedText.Encode("Project");
    private static readonly JsonEncodedText ParticipatesIn = JsonEncodedText.Encode("PARTICIPATES_IN");
    private static readonly JsonEncodedText LocatedIn = JsonEncodedText.Encode("LOCATED_IN");
    private static readonly JsonEncodedText UsesSkill = JsonEncodedText.Encode("USES_SKILL");
    private static readonly JsonEncodedText Funds = JsonEncodedText.Encode("FUNDS");
    private static readonly JsonEncodedText Addresses = JsonEncodedText.Encode("ADDRESSES");
    private static readonly JsonEncodedText Role = JsonEncodedText.Encode("role");
    private static readonly JsonEncodedText Lead = JsonEncodedText.Encode("lead");
    private static readonly JsonEncodedText Partner = JsonEncodedText.Encode("partner");
    private static readonly JsonEncodedText AmountGbp = JsonEncodedText.Encode("amountGbp");
    private static readonly JsonEncodedText Title = JsonEncodedText.Encode("title");
    private static readonly JsonEncodedText Description = JsonEncodedText.Encode("description");
    private static readonly JsonEncodedText Status = JsonEncodedText.Encode("status");
    private static readonly JsonEncodedText StartDate = JsonEncodedText.Encode("startDate");
    private static readonly JsonEncodedText EndDate = JsonEncodedText.Encode("endDate");
    private static readonly JsonEncodedText BudgetGbp = JsonEncodedText.Encode("budgetGbp");
    private static readonly JsonEncodedText Synthetic = JsonEncodedText.Encode("synthetic");
    private static readonly string[] Verbs =
    [
        "Accelerating", "Scaling", "Demonstrating", "Integrating", "De-risking", "Piloting", "Commercialising", "Advancing",
    ];

    private readonly ProjectPlanner _planner = new(world);
    private readonly ProjectPlan _plan = new();
    private readonly TextBuffer _text = new();

    public int Count => world.Projects;

    public void WriteNode(int project)
    {
        var plan = _planner.Draw(project, _plan);
        var names = world.Catalog.Names;
        var json = writer.BeginNode(new NodeRef(EntityKind.Project, project), Label);
        json.WriteString(Title, _text.Clear().Append(Verbs[project % Verbs.Length]).Append(' ').Append(names[plan.Skills[0]])
            .Append(" and ").Append(names[plan.Skills[1]]).Span);
        var lead = plan.Lead;
        _text.Clear().Append("A ").Append(plan.ParticipantCount).Append("-partner project led by a ")
            .Append(world.IsLab(lead) ? "lab" : "firm").Append(" in ").Append(UkRegions.Itl2[world.CollaboratorItl2[lead]].Name)
            .Append(", combining ").AppendList(plan.Skills.AsSpan(0, plan.SkillCount), names).Append('.');
        json.WriteString(Description, _text.Span);
        json.WriteString(Status, ProjectTerms.Statuses[plan.Terms.Status]);
        Span<byte> date = stackalloc byte[10];
        GenerationDates.Format(plan.Terms.Start, date);
        json.WriteString(StartDate, date);
        GenerationDates.Format(plan.Terms.End, date);
        json.WriteString(EndDate, date);
        json.WriteNumber(BudgetGbp, plan.Terms.BudgetGbp);
        json.WriteBoolean(Synthetic, true);
        writer.EndNode();
    }

    public void WriteRelationships(int project)
    {
        var plan = _planner.Draw(project, _plan);
        var self = new NodeRef(EntityKind.Project, project);
        for (var i = 0; i < plan.ParticipantCount; i++)
        {
            writer.BeginRelationship(ParticipatesIn, world.Collaborator(plan.Participants[i]), self)
                .WriteString(Role, i == 0 ? Lead : Partner);
            writer.EndRelationship();
        }

        writer.Relationship(LocatedIn, self, NodeRef.Itl2(world.CollaboratorItl2[plan.Lead]));
        for (var i = 0; i < plan.SkillCount; i++)
        {
            writer.Relationship(UsesSkill, self, new NodeRef(EntityKind.Skill, plan.Skills[i]));
        }

        for (var i = 0; i < plan.FunderCount; i++)
        {
            writer.BeginRelationship(Funds, new NodeRef(EntityKind.Funder, plan.Funders[i]), self)
                .WriteNumber(AmountGbp, plan.Awards[i]);
            writer.EndRelationship();
        }

        for (var i = 0; i < plan.BottleneckCount; i++)
        {
            writer.Relationship(Addresses, self, new NodeRef(EntityKind.Bottleneck, plan.Bottlenecks[i]));
        }
    }
}
