using System.Text.Json;
using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;
using InnovationNetwork.Access;
using InnovationNetwork.Api.Security;
using InnovationNetwork.Graph.Model;
using InnovationNetwork.Graph.Schema;

namespace InnovationNetwork.Api.GraphQL.Types;

/// <summary>Builds the GraphQL field of one schema property: its type, nullability, description and resolver.</summary>
internal static class PropertyField
{
    public static FieldType Create(PropertyDefinition property, string label, SchemaEnums enums)
    {
        var type = TypeOf(property, label, enums);
        // A restricted field is always nullable: it is null, with an error, for callers who may not see it.
        var restrictedTo = RestrictedTo(property);
        var nonNull = restrictedTo is null && (property.Required || property.Default is not null || property.Type == PropertyType.StringList);
        var description = property.Description
            + (property.Default is { } fallback ? $" Defaults to {JsonSerializer.Serialize(fallback)} when not recorded." : string.Empty)
            + (restrictedTo is { } role ? $" Needs a {AccessRoleNames.NameOf(role)} key or above: null with an UNAUTHENTICATED or FORBIDDEN error otherwise." : string.Empty);
        return new FieldType
        {
            Name = property.Name,
            Description = description,
            ResolvedType = nonNull ? new NonNullGraphType(type) : type,
            Resolver = restrictedTo is { } least
                ? new FuncFieldResolver<GraphNode, object?>(context => ReadRestricted(context, property, least))
                : new FuncFieldResolver<GraphNode, object?>(context => Read(context.Source.Properties, property)),
        };
    }

    /// <summary>The GraphQL type of a node property's values (nullable): the schema enum, or the scalar of its JSON type.</summary>
    public static IGraphType TypeOf(PropertyDefinition property, string label, SchemaEnums enums) =>
        property.AllowedValues is not null
            ? enums.ForNode(label, property.Name)
            : ScalarOf(property);

    /// <summary>The scalar (or list of strings) that carries a property's JSON type; dates travel as yyyy-mm-dd strings.</summary>
    public static IGraphType ScalarOf(PropertyDefinition property) => property.Type switch
    {
        PropertyType.Integer => new IntGraphType(),
        PropertyType.Number => new FloatGraphType(),
        PropertyType.Boolean => new BooleanGraphType(),
        PropertyType.StringList => new ListGraphType(new NonNullGraphType(new StringGraphType())),
        _ => new StringGraphType(),
    };

    /// <summary>The least role that may read the property, or null when it is public.</summary>
    public static AccessRole? RestrictedTo(PropertyDefinition property) =>
        property.Visibility is null ? null
        : AccessRoleNames.TryParseKeyRole(property.Visibility, out var role) ? role
        : AccessRole.Admin; // the schema reader refuses unknown roles; should one slip through, hide the property from all but admins

    private static object? ReadRestricted(IResolveFieldContext<GraphNode> context, PropertyDefinition property, AccessRole least)
    {
        var caller = context.User.GetCaller();
        return caller.IsAtLeast(least)
            ? Read(context.Source.Properties, property)
            : throw AccessErrors.HiddenProperty(caller, context.Source.Label, property.Name, least);
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
