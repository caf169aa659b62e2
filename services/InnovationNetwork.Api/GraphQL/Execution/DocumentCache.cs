using GraphQL;
using GraphQL.DI;
using GraphQLParser.AST;
using Microsoft.Extensions.Caching.Memory;

namespace InnovationNetwork.Api.GraphQL.Execution;

/// <summary>
/// Caches parsed and validated documents by query text, so a repeated query skips parsing and the
/// document-level validation rules (GraphQL.MemoryCache is not served; this is the same idea over IMemoryCache).
/// </summary>
public sealed class DocumentCache(IMemoryCache cache) : IConfigureExecution
{
    private const int MaxEntries = 1000;

    public float SortOrder => 200;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        if (options.Document is not null || options.Query is not { } query || query.Length > 100_000)
        {
            return await next(options);
        }

        if (cache.TryGetValue(Key(query), out GraphQLDocument? document))
        {
            options.Document = document;
        }

        var result = await next(options);
        if (document is null && result.Executed && result.Document is { } parsed)
        {
            cache.Set(Key(query), parsed, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = TimeSpan.FromMinutes(30) });
        }

        return result;
    }

    public static MemoryCacheOptions Options() => new() { SizeLimit = MaxEntries };

    private static (string, string) Key(string query) => ("graphql-document", query);
}
