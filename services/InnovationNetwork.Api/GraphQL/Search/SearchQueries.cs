using GraphQL;
using GraphQL.Types;
using InnovationNetwork.Api.GraphQL.Connections;
using InnovationNetwork.Api.GraphQL.Execution;
using InnovationNetwork.Api.Search;
using InnovationNetwork.Graph.Model;
using InnovationNetwork.Graph.Store;
using InnovationNetwork.Search;
using InnovationNetwork.Search.Querying;

namespace InnovationNetwork.Api.GraphQL.Search;

/// <summary>search and suggest on the root query.</summary>
public static class SearchQueries
{
    public const int DefaultHits = 10;
    public const int MaxHits = 50;

    public static void AddSearchFields(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<SearchConnectionType>>("search")
            .Description("Full-text search over every kind of entity: words match in any form (\"robotic\" finds Robotics), synonyms and skill aliases count (\"AI\" finds \"artificial intelligence\"), \"quoted phrases\" must match, and misspelt words still find their entity.")
            .Argument<NonNullGraphType<StringGraphType>>("query", $"What to look for (at most {QueryText.MaxLength} characters). No operator syntax: AND, OR, brackets and stars are searched as text.")
            .Argument<ListGraphType<NonNullGraphType<EntityTypeGraphType>>>("types", "Only these kinds of entity.")
            .Argument<IdGraphType>("region", "Only entities located in this region or any region within it.")
            .Argument<IntGraphType>("first", $"Page size, 0 to {MaxHits} (default {DefaultHits}).")
            .Argument<StringGraphType>("after", "Return hits after this cursor (a previous page's pageInfo.endCursor, same search).")
            .ResolveAsync(async c => await SearchAsync(c));

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<SuggestionType>>>>("suggest")
            .Description("Autocomplete: entities whose name or title has words starting with what was typed, best first.")
            .Argument<NonNullGraphType<StringGraphType>>("prefix", "What has been typed so far.")
            .Argument<ListGraphType<NonNullGraphType<EntityTypeGraphType>>>("types", "Only these kinds of entity.")
            .Argument<IntGraphType>("first", $"How many suggestions, 0 to {MaxHits} (default {DefaultHits}).")
            .ResolveAsync(async c => await SuggestAsync(c));
    }

    private static async Task<SearchPage> SearchAsync(IResolveFieldContext context)
    {
        var services = context.RequestServices!;
        var store = services.GetRequiredService<IGraphStore>();
        var index = services.GetRequiredService<SearchIndexService>();
        var after = context.GetArgument<string?>("after");
        var request = new SearchRequest(
            context.GetArgument<string>("query"),
            Labels(context),
            await RegionClosureAsync(context, store),
            First(context),
            after)
        {
            // Facets and the total need every match counted: only when selected (under any alias). Snippets
            // re-read each hit's text: only when a hit's highlights are selected, through nodes or edges.
            WithFacets = Selects(context, "facets"),
            WithTotal = Selects(context, "totalCount"),
            WithHighlights = SelectionScan.SelectsBelow(context, "highlights"),
        };

        var results = Run(() => index.Search(request));
        var entities = (await store.GetNodesAsync(results.Hits.Select(h => h.Id).ToList(), context.CancellationToken)).ToDictionary(n => n.Id);
        // A hit whose entity was deleted a moment ago (the index has not applied the delete yet) is left out.
        var hits = results.Hits.Where(h => entities.ContainsKey(h.Id)).Select(h => new LoadedHit(h, entities[h.Id])).ToList();
        var page = new PageState(results.HasNextPage, after is not null, results.Hits.Count > 0 ? results.Hits[0].Cursor : null, results.Hits.Count > 0 ? results.Hits[^1].Cursor : null);
        return new SearchPage(
            hits,
            results.TotalCount,
            page,
            results.Facets?.Labels.Select(f => new FacetView(EntityTypeGraphType.ValueOf(f.Value), f.Count, f.Value)).ToList(),
            results.Facets?.Itl1Regions.Select(f => new FacetView(f.Value, f.Count, index.RegionName(f.Value))).ToList());
    }

    private static bool Selects(IResolveFieldContext context, string field) =>
        context.SubFields is not { } fields || fields.Values.Any(f => f.FieldType.Name == field);

    private static async Task<List<(SuggestionResult, GraphNode)>> SuggestAsync(IResolveFieldContext context)
    {
        var services = context.RequestServices!;
        var request = new SuggestRequest(context.GetArgument<string>("prefix"), Labels(context), First(context));
        var suggestions = Run(() => services.GetRequiredService<SearchIndexService>().Suggest(request));
        var entities = (await services.GetRequiredService<IGraphStore>().GetNodesAsync(suggestions.Select(s => s.Id).ToList(), context.CancellationToken))
            .ToDictionary(n => n.Id);
        return suggestions.Where(s => entities.ContainsKey(s.Id)).Select(s => (s, entities[s.Id])).ToList();
    }

    private static T Run<T>(Func<T> search)
    {
        try
        {
            return search();
        }
        catch (SearchInputException e)
        {
            throw ApiErrors.BadInput($"'{e.Argument}': {e.Message}");
        }
        catch (SearchUnavailableException e)
        {
            throw ApiErrors.SearchUnavailable(e.Message);
        }
    }

    private static List<string>? Labels(IResolveFieldContext context) =>
        context.GetArgument<List<string>?>("types") is { } labels ? labels.Distinct(StringComparer.Ordinal).ToList() : null;

    private static int First(IResolveFieldContext context)
    {
        var first = context.GetArgument<int?>("first") ?? DefaultHits;
        return first is >= 0 and <= MaxHits ? first : throw ApiErrors.BadInput($"'first' must be between 0 and {MaxHits} (was {first})");
    }

    private static async Task<IReadOnlyList<string>?> RegionClosureAsync(IResolveFieldContext context, IGraphStore store)
    {
        if (context.GetArgument<string?>("region") is not { } regionId)
        {
            return null;
        }

        var region = await store.GetNodeAsync(regionId, context.CancellationToken) ?? throw ApiErrors.NotFound($"'region': there is no entity with id '{regionId}'");
        return region.Label == "Region"
            ? await store.GetRegionClosureAsync(regionId, context.CancellationToken)
            : throw ApiErrors.BadInput($"'region': '{regionId}' is a {region.Label}, not a Region");
    }
}
