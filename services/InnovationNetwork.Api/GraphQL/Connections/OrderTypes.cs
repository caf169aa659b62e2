using GraphQL.Types;

namespace InnovationNetwork.Api.GraphQL.Connections;

/// <summary><c>LabOrder { field: LabOrderField!, direction: OrderDirection }</c>: the sort key of a listing.</summary>
public abstract class OrderGraphType : InputObjectGraphType
{
    protected OrderGraphType(string label, params string[] properties)
    {
        Name = label + "Order";
        Description = $"How to sort {label} results; ties are broken by id and missing values sort last.";
        var fields = new EnumerationGraphType { Name = label + "OrderField", Description = $"A property {label} results can be sorted by." };
        fields.Add("ID", "id", "The id.");
        foreach (var property in properties)
        {
            fields.Add(ToEnumName(property), property, $"The {property} property.");
        }

        AddField(new FieldType { Name = "field", ResolvedType = new NonNullGraphType(fields), Description = "The property to sort by." });
        Field<OrderDirectionType>("direction").Description("Ascending (default) or descending.").DefaultValue("ASC");
    }

    private static string ToEnumName(string property) =>
        string.Concat(property.Select((c, i) => char.IsUpper(c) && i > 0 ? "_" + c : char.ToUpperInvariant(c).ToString()));
}

public sealed class OrderDirectionType : EnumerationGraphType
{
    public OrderDirectionType()
    {
        Name = "OrderDirection";
        Description = "Sort direction.";
        Add("ASC", "ASC", "Smallest first.");
        Add("DESC", "DESC", "Largest first.");
    }
}

public sealed class RegionOrderType() : OrderGraphType("Region", "name", "code");

public sealed class LabOrderType() : OrderGraphType("Lab", "name", "founded", "staff");

public sealed class FirmOrderType() : OrderGraphType("Firm", "name", "founded", "employees");

public sealed class FunderOrderType() : OrderGraphType("Funder", "name");

public sealed class SkillOrderType() : OrderGraphType("Skill", "name", "category");

public sealed class BottleneckOrderType() : OrderGraphType("Bottleneck", "title", "severity", "reportedAt");

public sealed class ProjectOrderType() : OrderGraphType("Project", "title", "startDate", "endDate", "budgetGbp");
