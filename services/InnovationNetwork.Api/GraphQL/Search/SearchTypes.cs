using GraphQL.Types;
using InnovationNetwork.Api.GraphQL.Connections;
using InnovationNetwork.Api.GraphQL.Types;
using InnovationNetwork.Graph.Model;
using InnovationNetwork.Search.Querying;

namespace InnovationNetwork.Api.GraphQL.Search;

/// <summary>A search's page of hits with the entities loaded, as the GraphQL types see it.</summary>
public sealed record SearchPage(IReadOnlyList<LoadedHit> Hits, int? TotalCount, PageState PageInfo, IReadOnlyList<FacetView>? Types, IReadOnlyList<FacetView>? Regions);

public sealed record LoadedHit(SearchHitResult Hit, GraphNode Entity);

public sealed record FacetView(string Value, int Count, string? Label);

/// <summary>EntityType: the kinds of entity, for filtering search and autocomplete.</summary>
public sealed class EntityTypeGraphType : EnumerationGraphType
{
    public static readonly IReadOnlyList<string> Labels = ["Region", "Lab", "Firm", "Funder", "Skill", "Bottleneck", "Project"];

    public EntityTypeGraphType()
    {
        Name = "EntityType";
        Description = "A kind of entity in the graph.";
        foreach (var label in Labels)
        {
            Add(ValueOf(label), label, $"{label} entities.");
        }
    }

    public static string ValueOf(string label) => label.ToUpperInvariant();
}

public sealed class SearchConnectionType : ObjectGraphType<SearchPage>
{
    public SearchConnectionType()
    {
        Name = "SearchConnection";
        Description = "A page of search hits, best first, with counts over all hits.";
        Field<NonNullGraphType<IntGraphType>>("totalCount").Description("How many entities match, over all pages (after the type and region filters). Counting every hit costs more than finding the page: select it only where it is shown.").Resolve(c => c.Source.TotalCount);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SearchHitType>>>>("nodes").Description("The hits of this page.").Resolve(c => c.Source.Hits);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SearchEdgeType>>>>("edges").Description("The hits of this page, each with its cursor.").Resolve(c => c.Source.Hits);
        Field<NonNullGraphType<PageInfoGraphType>>("pageInfo").Description("Where this page sits: pass endCursor as `after` for the next.").Resolve(c => c.Source.PageInfo);
        Field<NonNullGraphType<SearchFacetsType>>("facets").Description("Hit counts by entity type and by ITL1 region over all hits.").Resolve(c => c.Source);
    }
}

public sealed class SearchHitType : ObjectGraphType<LoadedHit>
{
    public SearchHitType()
    {
        Name = "SearchHit";
        Description = "One entity that matches a search.";
        Field<NonNullGraphType<FloatGraphType>>("score").Description("Relevance (BM25); higher is better, comparable only within one search.").Resolve(c => (double)c.Source.Hit.Score);
        Field<NonNullGraphType<NodeInterface>>("entity").Description("The matching entity.").Resolve(c => c.Source.Entity);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("highlights")
            .Description("Snippets of the name, description or context with the matched words in <mark>…</mark>; other text is HTML-escaped.")
            .Resolve(c => c.Source.Hit.Highlights);
    }
}

public sealed class SearchEdgeType : ObjectGraphType<LoadedHit>
{
    public SearchEdgeType()
    {
        Name = "SearchEdge";
        Description = "One search hit and its cursor.";
        Field<NonNullGraphType<StringGraphType>>("cursor").Description("Opaque position of this hit; pass it as `after`.").Resolve(c => c.Source.Hit.Cursor);
        Field<NonNullGraphType<SearchHitType>>("node").Description("The hit.").Resolve(c => c.Source);
    }
}

public sealed class SearchFacetsType : ObjectGraphType<SearchPage>
{
    public SearchFacetsType()
    {
        Name = "SearchFacets";
        Description = "Hit counts over all hits, largest first. Type counts ignore the `types` filter and region counts ignore the `region` filter, so they show what widening a filter would give.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FacetCountType>>>>("types").Description("Hits per entity type (value: an EntityType).").Resolve(c => c.Source.Types ?? []);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FacetCountType>>>>("regions").Description("Hits per ITL1 region (value: the region id).").Resolve(c => c.Source.Regions ?? []);
    }
}

public sealed class FacetCountType : ObjectGraphType<FacetView>
{
    public FacetCountType()
    {
        Name = "FacetCount";
        Description = "How many hits have one value.";
        Field<NonNullGraphType<StringGraphType>>("value").Description("The value: an EntityType, or a region id.").Resolve(c => c.Source.Value);
        Field<NonNullGraphType<IntGraphType>>("count").Description("Hits with this value.").Resolve(c => c.Source.Count);
        Field<StringGraphType>("label").Description("A readable name for the value (the region's name).").Resolve(c => c.Source.Label);
    }
}

public sealed class SuggestionType : ObjectGraphType<(SuggestionResult Suggestion, GraphNode Entity)>
{
    public SuggestionType()
    {
        Name = "Suggestion";
        Description = "An autocomplete suggestion.";
        Field<NonNullGraphType<StringGraphType>>("text").Description("The name or title to show.").Resolve(c => c.Source.Suggestion.Text);
        Field<NonNullGraphType<NodeInterface>>("entity").Description("The entity it names.").Resolve(c => c.Source.Entity);
    }
}
