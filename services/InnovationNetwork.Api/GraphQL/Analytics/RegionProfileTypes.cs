using GraphQL.Types;
using InnovationNetwork.Analytics.Gaps;
using InnovationNetwork.Api.GraphQL.Types;

namespace InnovationNetwork.Api.GraphQL.Analytics;

public sealed class RegionProfileType : ObjectGraphType<RegionProfile>
{
    public RegionProfileType()
    {
        Name = "RegionProfile";
        Description = "A region at a glance, sub-regions included: what is in it, its skills, bottlenecks, collaboration, funding and readiness.";
        Field<NonNullGraphType<RegionType>>("region").Description("The region profiled.")
            .Resolve(c => NodeGraphType.Loaders(c).Nodes.Load(c.Source.RegionId));
        Field<NonNullGraphType<RegionCountsType>>("counts").Description("How many of each kind of entity are located in the region.").Resolve(c => c.Source.Counts);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SkillGapType>>>>("topSuppliedSkills")
            .Description($"Up to {RegionProfiler.TopSkills} skills with the largest supply in the region, largest first.")
            .Resolve(c => c.Source.TopSupplied);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SkillGapType>>>>("topDemandedSkills")
            .Description($"Up to {RegionProfiler.TopSkills} skills with the largest demand in the region, largest first.")
            .Resolve(c => c.Source.TopDemanded);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<BottleneckCategoryCountType>>>>("openBottlenecksByCategory")
            .Description("Open (not resolved) bottlenecks in the region per category, most first.")
            .Resolve(c => c.Source.OpenBottlenecksByCategory);
        Field<NonNullGraphType<RegionCollaborationType>>("collaboration")
            .Description("Whether the projects the region takes part in keep their partners inside it or reach outside.")
            .Resolve(c => c.Source.Collaboration);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RegionFundingType>>>>("funding")
            .Description("Funding of the projects the region takes part in, per funder kind, largest first.")
            .Resolve(c => c.Source.Funding);
        Field<NonNullGraphType<RegionReadinessType>>("readiness")
            .Description("The readiness index, 0 to 100, with its components (formula in graph-schema/analytics.md).")
            .Resolve(c => c.Source.Readiness);
    }
}

public sealed class RegionCountsType : ObjectGraphType<RegionCounts>
{
    public RegionCountsType()
    {
        Name = "RegionCounts";
        Description = "Entities located in a region or any region inside it.";
        Field<NonNullGraphType<IntGraphType>>("labs").Description("Labs.").Resolve(c => c.Source.Labs);
        Field<NonNullGraphType<IntGraphType>>("firms").Description("Firms.").Resolve(c => c.Source.Firms);
        Field<NonNullGraphType<IntGraphType>>("funders").Description("Funders based there.").Resolve(c => c.Source.Funders);
        Field<NonNullGraphType<IntGraphType>>("bottlenecks").Description("Bottlenecks, whatever their status.").Resolve(c => c.Source.Bottlenecks);
        Field<NonNullGraphType<IntGraphType>>("openBottlenecks").Description("Bottlenecks not resolved (open or in progress).").Resolve(c => c.Source.OpenBottlenecks);
        Field<NonNullGraphType<IntGraphType>>("projects").Description("Projects based there (participants may be elsewhere).").Resolve(c => c.Source.Projects);
        Field<NonNullGraphType<IntGraphType>>("subRegions").Description("Regions inside it, at any depth.").Resolve(c => c.Source.SubRegions);
    }
}

public sealed class BottleneckCategoryCountType : ObjectGraphType<CategoryCount>
{
    public BottleneckCategoryCountType(SchemaEnums enums)
    {
        Name = "BottleneckCategoryCount";
        Description = "How many open bottlenecks of one category.";
        Field("category", new NonNullGraphType(enums.ForNode("Bottleneck", "category"))).Description("The category.").Resolve(c => c.Source.Category);
        Field<NonNullGraphType<IntGraphType>>("count").Description("Open bottlenecks of that category.").Resolve(c => c.Source.Count);
    }
}

public sealed class RegionCollaborationType : ObjectGraphType<Collaboration>
{
    public RegionCollaborationType()
    {
        Name = "RegionCollaboration";
        Description = "Projects with at least one participant in the region, by whether all their participants are inside it.";
        Field<NonNullGraphType<IntGraphType>>("projects").Description("Projects with a participant in the region.").Resolve(c => c.Source.Projects);
        Field<NonNullGraphType<IntGraphType>>("insideOnly").Description("Those whose participants are all in the region.").Resolve(c => c.Source.InsideOnly);
        Field<NonNullGraphType<IntGraphType>>("withOutsidePartners")
            .Description("Those with a participant outside the region (or of unknown location).").Resolve(c => c.Source.WithOutsidePartners);
        Field<NonNullGraphType<FloatGraphType>>("insideShare").Description("insideOnly / projects, 0 to 1 (0 when there are none).").Resolve(c => c.Source.InsideShare);
        Field<NonNullGraphType<FloatGraphType>>("outsideShare").Description("withOutsidePartners / projects, 0 to 1 (0 when there are none).").Resolve(c => c.Source.OutsideShare);
    }
}

public sealed class RegionFundingType : ObjectGraphType<FundingByKind>
{
    public RegionFundingType(SchemaEnums enums)
    {
        Name = "RegionFunding";
        Description = "FUNDS amounts into projects with a participant in the region, for one kind of funder (whole project amounts, not split by region).";
        Field("funderKind", enums.ForNode("Funder", "kind")).Description("The funders' kind; null when not recorded.").Resolve(c => c.Source.FunderKind);
        Field<NonNullGraphType<FloatGraphType>>("amountGbp").Description("Total amount in pounds sterling.").Resolve(c => c.Source.AmountGbp);
        Field<NonNullGraphType<IntGraphType>>("projects").Description("Projects funded by this kind of funder.").Resolve(c => c.Source.Projects);
    }
}

public sealed class RegionReadinessType : ObjectGraphType<Readiness>
{
    public RegionReadinessType()
    {
        Name = "RegionReadiness";
        Description = "Readiness for innovation as far as the graph can see it: human capital and research infrastructure, comparable across regions.";
        Field<NonNullGraphType<FloatGraphType>>("index").Description("0 to 100: 100 × Σ weight × score over the components.").Resolve(c => c.Source.Index);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReadinessComponentType>>>>("components")
            .Description("The components, each with its value, score and weight.").Resolve(c => c.Source.Components);
    }
}

public sealed class ReadinessComponentType : ObjectGraphType<ReadinessComponent>
{
    public ReadinessComponentType()
    {
        Name = "ReadinessComponent";
        Description = "One component of the readiness index.";
        Field<NonNullGraphType<StringGraphType>>("name").Description("Stable name, e.g. skillsDepth.").Resolve(c => c.Source.Name);
        Field<NonNullGraphType<StringGraphType>>("description").Description("What it measures and how it is scored.").Resolve(c => c.Source.Description);
        Field<NonNullGraphType<FloatGraphType>>("value").Description("The raw value in the region.").Resolve(c => c.Source.Value);
        Field<NonNullGraphType<FloatGraphType>>("score").Description("The value normalised to 0–1.").Resolve(c => c.Source.Score);
        Field<NonNullGraphType<FloatGraphType>>("weight").Description("Its weight in the index.").Resolve(c => c.Source.Weight);
        Field<NonNullGraphType<FloatGraphType>>("points").Description("What it adds to the index: 100 × weight × score.").Resolve(c => c.Source.Points);
    }
}
