using System.Globalization;
using InnovationNetwork.Search.Analysis;
using InnovationNetwork.Search.Documents;
using InnovationNetwork.Search.Querying;
using InnovationNetwork.Search.Storage;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;

namespace InnovationNetwork.Search.Indexing;

/// <summary>
/// One open index folder: its single <see cref="IndexWriter"/> and a <see cref="SearcherManager"/> over it.
/// Writes come from one thread at a time (the change follower or a rebuild); searches from any thread.
/// The directory is a <see cref="NIOFSDirectory"/> that holds files in memory for searching
/// (<see cref="ResidentReadDirectory"/>): <c>FSDirectory.Open</c> would pick MMapDirectory on Linux, which can
/// crash under concurrent search (apache/lucenenet#1013).
/// </summary>
public sealed class LuceneIndex : IDisposable
{
    private readonly ResidentReadDirectory _directory;
    private readonly IndexWriter _writer;
    private readonly SearcherManager _searchers;

    private LuceneIndex(string folder)
    {
        Folder = folder;
        _directory = new ResidentReadDirectory(new DirectoryInfo(folder));
        _writer = new IndexWriter(_directory, WriterConfig(SearchAnalyzers.ForIndexing()));
        _searchers = new SearcherManager(_writer, applyAllDeletes: true, new Bm25SearcherFactory());
        CommittedSequence = ReadSequence(_writer.CommitData);
    }

    public string Folder { get; }

    /// <summary>The change sequence recorded with the last commit: everything up to it is durable in the index.</summary>
    public long CommittedSequence { get; private set; }

    /// <summary>Opens (or creates) the index in a folder.</summary>
    public static LuceneIndex Open(string folder) => new(folder);

    /// <summary>Adds or replaces documents by id.</summary>
    public void Upsert(IEnumerable<SearchDocument> documents)
    {
        foreach (var document in documents)
        {
            _writer.UpdateDocument(new Term(SearchFields.Id, document.Id), LuceneDocuments.ToLucene(document));
        }
    }

    /// <summary>Adds documents known not to be in the index yet (a fresh build): cheaper than replacing.</summary>
    public void Add(IEnumerable<SearchDocument> documents)
    {
        foreach (var document in documents)
        {
            _writer.AddDocument(LuceneDocuments.ToLucene(document));
        }
    }

    public void Delete(IReadOnlyCollection<string> ids)
    {
        if (ids.Count > 0)
        {
            _writer.DeleteDocuments(ids.Select(id => new Term(SearchFields.Id, id)).ToArray());
        }
    }

    /// <summary>Makes everything written so far durable, recording the change sequence it corresponds to.</summary>
    public void Commit(long sequence)
    {
        _writer.SetCommitData(new Dictionary<string, string>
        {
            [SearchFields.SequenceCommitKey] = sequence.ToString(CultureInfo.InvariantCulture),
            [SearchFields.FormatCommitKey] = SearchFields.FormatVersion,
        });
        _writer.Commit();
        CommittedSequence = sequence;
    }

    /// <summary>Makes everything written so far visible to new searches (no fsync: that is what commits are for).</summary>
    public void Refresh() => _searchers.MaybeRefreshBlocking();

    /// <summary>Runs a search on the latest refreshed view, releasing it afterwards whatever happens.</summary>
    public T Search<T>(Func<IndexSearcher, T> search)
    {
        var searcher = _searchers.Acquire();
        try
        {
            return search(searcher);
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    public void Dispose()
    {
        _searchers.Dispose();
        _writer.Dispose();
        _directory.Dispose();
    }

    /// <summary>Closes an index that a rebuild replaced: its uncommitted changes are dropped, not written to its (deleted) folder.</summary>
    public void Discard()
    {
        _searchers.Dispose();
        _writer.Rollback();
        _directory.Dispose();
    }

    /// <summary>The writer's settings, given its analyzer (the benchmark compares analyzers under the same settings).</summary>
    internal static IndexWriterConfig WriterConfig(Lucene.Net.Analysis.Analyzer analyzer) => new(SearchAnalyzers.Version, analyzer)
    {
        Similarity = new BM25Similarity(),
        OpenMode = OpenMode.CREATE_OR_APPEND,
        RAMBufferSizeMB = 128,
    };

    internal static long ReadSequence(IDictionary<string, string>? commitData) =>
        commitData is not null && commitData.TryGetValue(SearchFields.SequenceCommitKey, out var text)
            && long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var sequence) ? sequence : -1;

    private sealed class Bm25SearcherFactory : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader)
        {
            // Build new segments' facet columns here, on the refreshing thread, rather than in the first search that meets them.
            FacetColumns.Prepare(reader);
            return new StatisticsCachingSearcher(reader) { Similarity = new BM25Similarity() };
        }
    }
}
