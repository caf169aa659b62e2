using System.Collections.Concurrent;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace InnovationNetwork.Search.Querying;

/// <summary>
/// A searcher that works out each field's collection statistics once. Lucene's searcher merges every
/// segment's terms of the field anew on each call, and a search asks for them once per term weight and score
/// bound: dozens of times. A searcher's reader never changes, so neither do its statistics.
/// </summary>
internal sealed class StatisticsCachingSearcher(IndexReader reader) : IndexSearcher(reader)
{
    private readonly ConcurrentDictionary<string, CollectionStatistics> _statistics = new(StringComparer.Ordinal);

    public override CollectionStatistics CollectionStatistics(string field) =>
        _statistics.TryGetValue(field, out var statistics) ? statistics : _statistics.GetOrAdd(field, base.CollectionStatistics(field));
}
