using GraphQL;
using GraphQL.Types;
using InnovationNetwork.Analytics;
using InnovationNetwork.Analytics.Matching;
using InnovationNetwork.Api.GraphQL.Loading;
using InnovationNetwork.Api.GraphQL.Types;
using InnovationNetwork.Graph.Model;

namespace InnovationNetwork.Api.GraphQL.Analytics;

/// <summary>Bottleneck.similarProjects: who worked on a bottleneck like this one elsewhere.</summary>
public static class SimilarProjectFields
{
    public const int DefaultResults = 5;

    public static void AddSimilarProjectsField(this ObjectGraphType<GraphNode> bottleneck) =>
        bottleneck.Field<NonNullGraphType<ListGraphType<NonNullGraphType<SimilarProjectType>>>>("similarProjects")
            .Description("Projects that addressed a similar bottleneck in another region (same category and shared required skills, or similar text); most similar first.")
            .Argument<IntGraphType>("first", $"How many to return, 1 to {MatchmakingQueries.MaxResults} (default {DefaultResults}).")
            .ResolveAsync(async c =>
            {
                var first = c.GetArgument<int?>("first") ?? DefaultResults;
                if (first is < 1 or > MatchmakingQueries.MaxResults)
                {
                    throw Execution.ApiErrors.BadInput($"'first' must be between 1 and {MatchmakingQueries.MaxResults} (was {first})");
                }

                return await MatchmakingQueries.RunAsync(c, (services, graph) =>
                    SimilarProjects.For(graph, c.Source.Id, first, services.GetRequiredService<AnalyticsOptions>().SimilarProjects));
            });
}

public sealed class SimilarProjectType : ObjectGraphType<SimilarProject>
{
    public SimilarProjectType()
    {
        Name = "SimilarProject";
        Description = "A project that worked on a similar bottleneck elsewhere.";
        Field<NonNullGraphType<ProjectType>>("project").Description("The project.")
            .Resolve(c => NodeGraphType.Loaders(c).Nodes.Load(c.Source.ProjectId));
        Field<NonNullGraphType<BottleneckType>>("similarBottleneck").Description("The similar bottleneck it addressed.")
            .Resolve(c => NodeGraphType.Loaders(c).Nodes.Load(c.Source.BottleneckId));
        Field<NonNullGraphType<FloatGraphType>>("similarity").Description("Weighted sum of skillSimilarity and textSimilarity (0–1).")
            .Resolve(c => c.Source.Similarity);
        Field<NonNullGraphType<FloatGraphType>>("skillSimilarity")
            .Description("For a bottleneck of the same category: shared required skills over all required skills of the two (0–1); else 0.")
            .Resolve(c => c.Source.SkillSimilarity);
        Field<NonNullGraphType<FloatGraphType>>("textSimilarity")
            .Description("TF-IDF cosine of the titles and descriptions: this bottleneck's against the similar bottleneck's or the project's, whichever is higher (0–1).")
            .Resolve(c => c.Source.TextSimilarity);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SkillType>>>>("sharedSkills").Description("Required skills the two bottlenecks share.")
            .Resolve(c => new LoadNodes(NodeGraphType.Loaders(c), c.Source.SharedSkillIds));
    }
}
