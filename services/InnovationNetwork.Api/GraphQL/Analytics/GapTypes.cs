using GraphQL.Types;
using InnovationNetwork.Analytics.Gaps;
using InnovationNetwork.Api.GraphQL.Types;

namespace InnovationNetwork.Api.GraphQL.Analytics;

/// <summary>One skill's demand, supply and gap in a region, with the national-average and golden-triangle comparisons.</summary>
public sealed class SkillGapType : ObjectGraphType<SkillGap>
{
    public SkillGapType()
    {
        Name = "SkillGap";
        Description = "A skill's demand against its supply in a region (formulas in graph-schema/analytics.md).";
        Field<NonNullGraphType<SkillType>>("skill").Description("The skill.")
            .Resolve(c => NodeGraphType.Loaders(c).Nodes.Load(c.Source.SkillId));
        Field<NonNullGraphType<FloatGraphType>>("demand")
            .Description("Σ severity/5 over open bottlenecks in the region that require the skill, plus Σ priority/5 over its labs and firms that need it.")
            .Resolve(c => c.Source.Figures.Demand);
        Field<NonNullGraphType<FloatGraphType>>("supply").Description("Σ level/5 over the region's labs and firms that hold the skill.")
            .Resolve(c => c.Source.Figures.Supply);
        Field<NonNullGraphType<FloatGraphType>>("gap").Description("Demand minus supply; positive when the region demands more than it supplies.")
            .Resolve(c => c.Source.Figures.Gap);
        Field<RegionType>("region").Description("The region the figures are for: the ITL1 region in the national view, else the region asked for.")
            .Resolve(c => NodeGraphType.Loaders(c).Nodes.Load(c.Source.RegionId));
        Field<NonNullGraphType<GapFiguresType>>("nationalAverage")
            .Description("The same skill's figures averaged over the ITL1 regions (their total divided by their number).")
            .Resolve(c => c.Source.NationalAverage);
        Field<NonNullGraphType<GapFiguresType>>("goldenTriangle")
            .Description("The same skill's figures for the golden triangle as a whole: the goldenTriangle regions (London, Oxford, Cambridge) and everything in them.")
            .Resolve(c => c.Source.GoldenTriangle);
    }
}

/// <summary>Demand, supply and gap figures used for comparisons.</summary>
public sealed class GapFiguresType : ObjectGraphType<GapFigures>
{
    public GapFiguresType()
    {
        Name = "GapFigures";
        Description = "Demand, supply and gap of one skill somewhere else, for comparison.";
        Field<NonNullGraphType<FloatGraphType>>("demand").Description("Skill demand (same formula as SkillGap.demand).").Resolve(c => c.Source.Demand);
        Field<NonNullGraphType<FloatGraphType>>("supply").Description("Skill supply (same formula as SkillGap.supply).").Resolve(c => c.Source.Supply);
        Field<NonNullGraphType<FloatGraphType>>("gap").Description("Demand minus supply.").Resolve(c => c.Source.Gap);
    }
}
