using System.Globalization;
using GraphQL.Types;
using InnovationNetwork.Graph.Store;

namespace InnovationNetwork.Api.GraphQL.Types;

public sealed class ProvenanceType : ObjectGraphType<Provenance>
{
    public ProvenanceType()
    {
        Name = "Provenance";
        Description = "Where an entity or relationship came from: who created it and who last changed it, through what, and when.";
        Field<NonNullGraphType<WriteOriginType>>("created").Description("The write that created it.").Resolve(c => c.Source.Created);
        Field<NonNullGraphType<WriteOriginType>>("updated").Description("The write that last changed it (the creation, if never changed).").Resolve(c => c.Source.Updated);
    }
}

public sealed class WriteOriginType : ObjectGraphType<WriteOrigin>
{
    public WriteOriginType()
    {
        Name = "WriteOrigin";
        Description = "One write: when, by whom and through what.";
        Field<NonNullGraphType<StringGraphType>>("at").Description("When, in UTC (ISO 8601, milliseconds).")
            .Resolve(c => c.Source.At.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));
        Field<NonNullGraphType<StringGraphType>>("by").Description("The API key's name, or `cli` / `seed` for the command line and the shipped seed.").Resolve(c => c.Source.Actor);
        Field<NonNullGraphType<StringGraphType>>("source").Description("How it arrived: `seed`, `import:<file>`, `mutation:<name>`.").Resolve(c => c.Source.Source);
    }
}
