using System.Globalization;
using System.Text.Json;
using GraphQL.Types;
using InnovationNetwork.Api.GraphQL.Types;
using InnovationNetwork.Graph.Model;
using InnovationNetwork.Graph.Schema;

namespace InnovationNetwork.Api.GraphQL.Mutations;

/// <summary>
/// GraphQL input types made from graph-schema/schema.json, and the way back: input values to the property
/// JSON the store and the import validator speak, so mutations and import accept exactly the same data.
/// </summary>
internal static class MutationInputs
{
    /// <summary>The input of a create or batched upsert: the id and every property, required ones non-null.</summary>
    public static InputObjectGraphType CreateInput(NodeLabelDefinition label, SchemaEnums enums)
    {
        var input = new InputObjectGraphType { Name = label.Name + "Input", Description = $"A whole {label.Name}: its id and properties (as in the interchange format)." };
        input.AddField(new FieldType { Name = "id", Description = "Globally unique id, recommended form kind:slug.", ResolvedType = new NonNullGraphType(new IdGraphType()) });
        foreach (var property in label.Properties)
        {
            var type = PropertyField.TypeOf(property, label.Name, enums);
            input.AddField(new FieldType { Name = property.Name, Description = property.Description, ResolvedType = property.Required ? new NonNullGraphType(type) : type });
        }

        return input;
    }

    /// <summary>The input of a partial update: every property optional; an explicit null removes an optional property.</summary>
    public static InputObjectGraphType PatchInput(NodeLabelDefinition label, SchemaEnums enums)
    {
        var input = new InputObjectGraphType
        {
            Name = label.Name + "Patch",
            Description = $"Changes to a {label.Name}: only the fields given change; null removes an optional property.",
        };
        foreach (var property in label.Properties)
        {
            input.AddField(new FieldType { Name = property.Name, Description = property.Description, ResolvedType = PropertyField.TypeOf(property, label.Name, enums) });
        }

        return input;
    }

    /// <summary>The GraphQL type of a relationship property's argument (nullable; the validator reports missing required ones).</summary>
    public static IGraphType RelationshipArgument(RelationshipTypeDefinition type, PropertyDefinition property, SchemaEnums enums) =>
        property.AllowedValues is not null
            ? enums.ForRelationship(type.Name, property.Name, EnumName(type, property))
            : PropertyField.ScalarOf(property);

    /// <summary>Input values (as GraphQL.NET parses them) to a property JSON object; null values are left out.</summary>
    public static JsonElement ToJson(IEnumerable<KeyValuePair<string, object?>> values)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            foreach (var (name, value) in values)
            {
                if (value is not null)
                {
                    writer.WritePropertyName(name);
                    WriteValue(writer, value);
                }
            }

            writer.WriteEndObject();
        }

        using var document = JsonDocument.Parse(buffer.WrittenMemory);
        return document.RootElement.Clone();
    }

    /// <summary>The stored properties with a patch applied: given fields replace, explicit nulls remove.</summary>
    public static JsonElement Patch(PropertyMap stored, IReadOnlyDictionary<string, object?> patch)
    {
        var merged = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (name, value) in stored)
        {
            merged[name] = value;
        }

        foreach (var (name, value) in patch)
        {
            merged[name] = value;
        }

        return ToJson(merged);
    }

    private static void WriteValue(Utf8JsonWriter writer, object value)
    {
        switch (value)
        {
            case JsonElement element:
                element.WriteTo(writer);
                break;
            case string text:
                writer.WriteStringValue(text);
                break;
            case bool flag:
                writer.WriteBooleanValue(flag);
                break;
            case int or long or short or byte or sbyte or uint or ulong or ushort:
                writer.WriteNumberValue(Convert.ToInt64(value, CultureInfo.InvariantCulture));
                break;
            case double or float or decimal:
                writer.WriteNumberValue(Convert.ToDouble(value, CultureInfo.InvariantCulture));
                break;
            case System.Numerics.BigInteger big:
                writer.WriteRawValue(big.ToString(CultureInfo.InvariantCulture));
                break;
            case System.Collections.IEnumerable items:
                writer.WriteStartArray();
                foreach (var item in items)
                {
                    if (item is null)
                    {
                        writer.WriteNullValue();
                    }
                    else
                    {
                        WriteValue(writer, item);
                    }
                }

                writer.WriteEndArray();
                break;
            default:
                writer.WriteStringValue(Convert.ToString(value, CultureInfo.InvariantCulture));
                break;
        }
    }

    // The one relationship enum the query types already expose keeps its name, so both sides share one enum.
    private static string EnumName(RelationshipTypeDefinition type, PropertyDefinition property) =>
        (type.Name, property.Name) is ("PARTICIPATES_IN", "role")
            ? "ParticipantRole"
            : MutationNames.Pascal(type.Name) + char.ToUpperInvariant(property.Name[0]) + property.Name[1..];
}
