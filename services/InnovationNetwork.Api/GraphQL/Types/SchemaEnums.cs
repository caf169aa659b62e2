using System.Collections.Concurrent;
using System.Text;
using GraphQL.Types;
using InnovationNetwork.Graph.Schema;

namespace InnovationNetwork.Api.GraphQL.Types;

/// <summary>
/// GraphQL enums made from the allowed values in graph-schema/schema.json (e.g. Lab.kind becomes
/// <c>LabKind { UNIVERSITY CATAPULT … }</c>), so the API cannot drift from the model. One instance per
/// enum and schema: a singleton shared by the graph types of one schema.
/// </summary>
public sealed class SchemaEnums(GraphSchema schema)
{
    private readonly ConcurrentDictionary<string, EnumerationGraphType> _enums = new(StringComparer.Ordinal);

    /// <summary>The enum of a node label's property, named Label + Property (Lab.kind → LabKind).</summary>
    public EnumerationGraphType ForNode(string label, string property, string? name = null) =>
        Create(name ?? label + Pascal(property), schema.GetLabel(label).FindProperty(property)!);

    /// <summary>The enum of a relationship type's property, with an explicit name (PARTICIPATES_IN.role → ParticipantRole).</summary>
    public EnumerationGraphType ForRelationship(string type, string property, string name) =>
        Create(name, schema.GetRelationshipType(type).FindProperty(property)!);

    private EnumerationGraphType Create(string name, PropertyDefinition definition) =>
        _enums.GetOrAdd(name, _ =>
        {
            var type = new EnumerationGraphType { Name = name, Description = definition.Description };
            foreach (var value in definition.AllowedValues ?? throw new InvalidOperationException($"{name}: property {definition.Name} has no allowed values."))
            {
                type.Add(value.ToUpperInvariant(), value, $"`{value}` in the interchange format.");
            }

            return type;
        });

    private static string Pascal(string name) => new StringBuilder(name).Remove(0, 1).Insert(0, char.ToUpperInvariant(name[0])).ToString();
}
