using GraphQL.Types;
using InnovationNetwork.Graph.Model;
using InnovationNetwork.Graph.Store;

namespace InnovationNetwork.Api.GraphQL.Connections;

/// <summary>
/// A <c>where</c> input: each field knows how it narrows a <see cref="NodeQuery"/>, so the query field
/// only walks the given values. Values inside one list filter combine with OR, fields with AND.
/// </summary>
public abstract class NodeFilterGraphType : InputObjectGraphType
{
    private readonly Dictionary<string, Func<object, NodeQuery, NodeQuery>> _apply = new(StringComparer.Ordinal);

    protected NodeFilterGraphType(string label)
    {
        Name = label + "Filter";
        Description = $"Conditions on {label} results; all given conditions must hold.";
    }

    public NodeQuery Apply(IDictionary<string, object?> where, NodeQuery query)
    {
        foreach (var (name, value) in where)
        {
            if (value is not null && _apply.TryGetValue(name, out var apply))
            {
                query = apply(value, query);
            }
        }

        return query;
    }

    protected void Filter(string name, IGraphType type, string description, Func<object, NodeQuery, NodeQuery> apply)
    {
        AddField(new FieldType { Name = name, ResolvedType = type, Description = description });
        _apply[name] = apply;
    }

    protected void RegionFilter() => Filter("region", new IdGraphType(),
        "Located in this region or any region within it (e.g. region:TLE includes South Yorkshire).",
        (v, q) => q with { InRegions = [IdOf(v)] });

    protected void TextFilters(string displayProperty, bool hasDescription = true)
    {
        Filter("nameContains", new StringGraphType(), $"The {displayProperty} contains this text (case-insensitive).",
            (v, q) => q with { TextContains = (string)v, TextProperties = [displayProperty] });
        Filter("textContains", new StringGraphType(), $"The {displayProperty}{(hasDescription ? " or description" : string.Empty)} contains this text (case-insensitive).",
            (v, q) => q with { TextContains = (string)v, TextProperties = hasDescription ? [displayProperty, "description"] : [displayProperty] });
    }

    protected void AnyOf(string name, string property, IGraphType itemType, string description) =>
        Filter(name, new ListGraphType(new NonNullGraphType(itemType)), description,
            (v, q) => q with { ValueFilters = [.. q.ValueFilters, new PropertyEquals(property, [.. Items(v)])] });

    protected void Flag(string property, string description) =>
        Filter(property, new BooleanGraphType(), description,
            (v, q) => q with { ValueFilters = [.. q.ValueFilters, new PropertyEquals(property, [(bool)v])] });

    protected void RelatedTo(string name, string type, Direction direction, string description) =>
        Filter(name, new ListGraphType(new NonNullGraphType(new IdGraphType())), description,
            (v, q) => q with { Related = [.. q.Related, new RelatedTo(type, direction, [.. Items(v).Select(IdOf)])] });

    protected void Range(string name, string property, bool minimum, IGraphType type, string description) =>
        Filter(name, type, description,
            (v, q) => q with { RangeFilters = [.. q.RangeFilters, new PropertyRange(property, minimum ? v : null, minimum ? null : v)] });

    // ID input accepts integer literals too (GraphQL spec), which GraphQL.NET passes on as numbers.
    private static string IdOf(object value) => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)!;

    private static IEnumerable<object> Items(object value) => ((System.Collections.IEnumerable)value).Cast<object>();
}
