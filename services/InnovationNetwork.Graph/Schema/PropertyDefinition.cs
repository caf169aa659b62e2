namespace InnovationNetwork.Graph.Schema;

/// <summary>The JSON type a property's value must have.</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1720", Justification = "The members are the type names of graph-schema/schema.json.")]
public enum PropertyType
{
    String,
    Integer,
    Number,
    Boolean,
    Date,
    StringList,
}

/// <summary>
/// One property of a label or relationship type, as declared in graph-schema/schema.json. <see cref="Visibility"/>
/// is null for public properties, else the least role that may read the property (<c>reader</c>, <c>contributor</c>
/// or <c>admin</c>): the API hides it from other callers and never indexes, filters or sorts by it.
/// </summary>
public sealed record PropertyDefinition(
    string Name,
    PropertyType Type,
    bool Required,
    string Description,
    IReadOnlyList<string>? AllowedValues = null,
    double? Min = null,
    double? Max = null,
    int? MaxLength = null,
    int? MaxItems = null,
    string? Format = null,
    string? NotBefore = null,
    object? Default = null,
    string? Visibility = null)
{
    /// <summary>The role names a property's <c>visibility</c> may name; anything else in the schema file is an error.</summary>
    public static IReadOnlyList<string> VisibilityRoles { get; } = ["reader", "contributor", "admin"];

    /// <summary>True when only some callers may read the property.</summary>
    public bool IsRestricted => Visibility is not null;
}

/// <summary>Something that declares properties: a node label or a relationship type.</summary>
public interface IPropertySchema
{
    string Name { get; }

    IReadOnlyList<PropertyDefinition> Properties { get; }

    PropertyDefinition? FindProperty(string name);
}

/// <summary>A node label with its properties.</summary>
public sealed record NodeLabelDefinition(string Name, string Description, IReadOnlyList<PropertyDefinition> Properties) : IPropertySchema
{
    private readonly Dictionary<string, PropertyDefinition> _byName =
        Properties.ToDictionary(p => p.Name, StringComparer.Ordinal);

    public PropertyDefinition? FindProperty(string name) => _byName.GetValueOrDefault(name);

    /// <summary>The property shown as the node's name: <c>name</c>, or <c>title</c> for bottlenecks and projects.</summary>
    public string DisplayProperty => _byName.ContainsKey("name") ? "name" : "title";
}

/// <summary>A relationship type with its allowed endpoint labels and properties.</summary>
public sealed record RelationshipTypeDefinition(
    string Name,
    string Description,
    IReadOnlyList<string> From,
    IReadOnlyList<string> To,
    bool Directed,
    IReadOnlyList<PropertyDefinition> Properties) : IPropertySchema
{
    private readonly Dictionary<string, PropertyDefinition> _byName =
        Properties.ToDictionary(p => p.Name, StringComparer.Ordinal);

    public PropertyDefinition? FindProperty(string name) => _byName.GetValueOrDefault(name);

    public bool AllowsStart(string label) => From.Contains(label, StringComparer.Ordinal);

    public bool AllowsEnd(string label) => To.Contains(label, StringComparer.Ordinal);

    /// <summary>Why a node with this label cannot be this type's start (or end), or null when it can.</summary>
    public string? CheckEndpoint(string id, string label, bool start) =>
        (start ? AllowsStart(label) : AllowsEnd(label))
            ? null
            : $"'{id}' is a {label}, but {Name} must {(start ? "start at" : "end at")} {string.Join(" or ", start ? From : To)}";
}
