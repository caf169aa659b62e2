using GraphQL.Types;
using InnovationNetwork.Api.GraphQL.Types;
using InnovationNetwork.Graph.Schema;

namespace InnovationNetwork.Api.GraphQL.Mutations;

/// <summary>
/// The root mutation type, made from graph-schema/schema.json: per label create/update/delete and a batched
/// upsert, per relationship type link/unlink. Every mutation is one transaction, stamped with the caller's
/// key and the mutation's name, and validated exactly as import validates.
/// </summary>
public sealed class MutationType : ObjectGraphType
{
    private static readonly Dictionary<string, Type> NodeTypes = new(StringComparer.Ordinal)
    {
        ["Region"] = typeof(RegionType),
        ["Lab"] = typeof(LabType),
        ["Firm"] = typeof(FirmType),
        ["Funder"] = typeof(FunderType),
        ["Skill"] = typeof(SkillType),
        ["Bottleneck"] = typeof(BottleneckType),
        ["Project"] = typeof(ProjectType),
    };

    public MutationType(GraphSchema schema, SchemaEnums enums)
    {
        Name = "Mutation";
        Description = "Change the innovation graph. Needs an API key (Authorization: Bearer <token>): contributors change their own organisations, admins everything.";
        foreach (var label in schema.Labels)
        {
            var graphType = NodeTypes.GetValueOrDefault(label.Name)
                ?? throw new InvalidOperationException($"graph-schema label {label.Name} has no GraphQL type: add it to {nameof(MutationType)}.");
            new NodeMutations(schema, label).AddTo(this, graphType, enums);
        }

        foreach (var type in schema.RelationshipTypes)
        {
            new LinkMutations(type).AddTo(this, enums);
        }
    }
}
