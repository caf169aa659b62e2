using InnovationNetwork.Search.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;

namespace InnovationNetwork.Tests.Search;

/// <summary>
/// A small in-memory index of whitespace-split text scored with BM25, for tests of the scoring parts: its
/// documents are added in order, committed every <c>commitEvery</c> documents into a segment of their own
/// (never merged), or all into one segment.
/// </summary>
internal sealed class WhitespaceIndex : IDisposable
{
    private readonly RAMDirectory _directory = new();

    public WhitespaceIndex(IEnumerable<Document> documents, int? commitEvery = null)
    {
        var config = new IndexWriterConfig(SearchAnalyzers.Version, new WhitespaceAnalyzer(SearchAnalyzers.Version))
        {
            Similarity = new BM25Similarity(),
            MergePolicy = NoMergePolicy.NO_COMPOUND_FILES,
        };
        using (var writer = new IndexWriter(_directory, config))
        {
            var added = 0;
            foreach (var document in documents)
            {
                writer.AddDocument(document);
                if (++added % (commitEvery ?? int.MaxValue) == 0)
                {
                    writer.Commit();
                }
            }
        }

        Reader = DirectoryReader.Open(_directory);
        Searcher = new IndexSearcher(Reader) { Similarity = new BM25Similarity() };
    }

    public DirectoryReader Reader { get; }

    public IndexSearcher Searcher { get; }

    /// <summary>A document of one stored text field.</summary>
    public static Document Text(string field, string text) => [new TextField(field, text, Field.Store.YES)];

    public void Dispose()
    {
        Reader.Dispose();
        _directory.Dispose();
    }
}
