using System.Text.Json;
using GraphQL.Resolvers;
using GraphQL.Types;
using InnovationNetwork.Graph.Model;
using InnovationNetwork.Graph.Schema;

namespace InnovationNetwork.Api.GraphQL.Types;

/// <summary>Builds the GraphQL field of one schema property: its type, nullability, description and resolver.</summary>
internal static class PropertyField
{
    public static FieldType Create(PropertyDefinition property, string label, SchemaEnums enums)
    {
        IGraphType type = property.AllowedValues is not null
            ? enums.ForNode(label, property.Name)
            : property.Type switch
            {
                PropertyType.Integer => new IntGraphType(),
                PropertyType.Number => new FloatGraphType(),
                PropertyType.Boolean => new BooleanGraphType(),
                PropertyType.StringList => new ListGraphType(new NonNullGraphType(new StringGraphType())),
                _ => new StringGraphType(),
            };
        var nonNull = property.Required || property.Default is not null || property.Type == PropertyType.StringList;
        var description = property.Description
            + (property.Default is { } fallback ? $" Defaults to {JsonSerializer.Serialize(fallback)} when not recorded." : string.Empty);
        return new FieldType
        {
            Name = property.Name,
            Description = description,
            ResolvedType = nonNull ? new NonNullGraphType(type) : type,
            Resolver = new FuncFieldResolver<GraphNode, object?>(context => Read(context.Source.Properties, property)),
        };
    }

    /// <summary>Reads a property as a GraphQL value; numbers keep their kind, absent values take the schema default.</summary>
    public static object? Read(PropertyMap properties, PropertyDefinition property)
    {
        if (!properties.TryGetValue(property.Name, out var value))
        {
            return property.Type == PropertyType.StringList ? Array.Empty<string>() : property.Default;
        }

        return property.Type switch
        {
            PropertyType.Integer => value.GetInt32(), // the schema bounds every integer property well inside Int32
            PropertyType.Number => value.GetDouble(),
            PropertyType.Boolean => value.GetBoolean(),
            PropertyType.StringList => properties.GetStringList(property.Name),
            _ => value.GetString(),
        };
    }
}
