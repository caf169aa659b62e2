using GraphQL;
using GraphQL.Types;
using InnovationNetwork.Api.GraphQL.Loading;
using InnovationNetwork.Graph.Model;
using InnovationNetwork.Graph.Schema;
using Microsoft.Extensions.DependencyInjection;

namespace InnovationNetwork.Api.GraphQL.Types;

/// <summary>
/// Base of the object types for one node label: scalar fields come from the label's schema definition
/// (type, nullability, description, default), relationship fields load through the request's batch loaders.
/// </summary>
public abstract class NodeGraphType : ObjectGraphType<GraphNode>
{
    private readonly NodeLabelDefinition _label;
    private readonly SchemaEnums _enums;

    protected NodeGraphType(string label, GraphSchema schema, SchemaEnums enums)
    {
        _label = schema.GetLabel(label);
        _enums = enums;
        Name = label;
        Description = _label.Description;
        IsTypeOf = source => source is GraphNode node && node.Label == label;
        Interface<NodeInterface>();
        Field<NonNullGraphType<IdGraphType>>("id").Description("Globally unique id, recommended form kind:slug.").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("version")
            .Description("Changes with every change of this entity: pass it to an update or delete, which is refused (CONFLICT) if someone changed the entity since.")
            .Resolve(c => Loaders(c).Stamps.Load(c.Source.Id).Then(s => s is null ? null : Mutations.VersionToken.Of(s.Version, c.Source.Properties)));
        Field<NonNullGraphType<ProvenanceType>>("provenance")
            .Description("Who created and last changed this entity, through what, and when.")
            .Resolve(c => Loaders(c).Stamps.Load(c.Source.Id).Then(s => s?.Provenance));
    }

    /// <summary>Adds every property of the label as a field, in schema order.</summary>
    protected void AddProperties()
    {
        foreach (var property in _label.Properties)
        {
            AddField(PropertyField.Create(property, _label.Name, _enums));
        }
    }

    /// <summary>A list of the nodes at the other end of a relationship type.</summary>
    protected void Related<TGraphType>(string name, string description, string type, Direction direction, string? label = null)
        where TGraphType : IGraphType =>
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TGraphType>>>>(name)
            .Description(description)
            .Resolve(c => Loaders(c).Neighbours(type, direction, label).Load(c.Source.Id).Then(n => n.Select(x => x.Node).ToList()));

    /// <summary>The relationships themselves, for types whose properties matter (level, role, amount).</summary>
    protected void Relationships<TGraphType>(string name, string description, string type, Direction direction, string? label = null)
        where TGraphType : IGraphType =>
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TGraphType>>>>(name)
            .Description(description)
            .Resolve(c => Loaders(c).Neighbours(type, direction, label).Load(c.Source.Id));

    /// <summary>The region the node is LOCATED_IN (the first, if data gives several).</summary>
    protected void RegionField(string description) =>
        Field<RegionType>("region")
            .Description(description)
            .Resolve(c => Loaders(c).Neighbours("LOCATED_IN", Direction.Outgoing).Load(c.Source.Id).Then(n => n.Count == 0 ? null : n[0].Node));

    internal static GraphLoaders Loaders(IResolveFieldContext context) => context.RequestServices!.GetRequiredService<GraphLoaders>();

    /// <summary>The relationship fields labs and firms share.</summary>
    protected void AddOrganisationFields()
    {
        RegionField("The region the organisation is located in.");
        Relationships<SkillLevelType>("skills", "Skills the organisation holds, with their level.", "HAS_SKILL", Direction.Outgoing);
        Relationships<SkillNeedType>("needs", "Skills the organisation needs and lacks, with the priority.", "NEEDS_SKILL", Direction.Outgoing);
        Related<BottleneckType>("bottlenecks", "Bottlenecks the organisation faces.", "FACES", Direction.Outgoing);
        Relationships<ParticipationType>("projects", "Projects the organisation takes part in, with its role.", "PARTICIPATES_IN", Direction.Outgoing);
    }
}
