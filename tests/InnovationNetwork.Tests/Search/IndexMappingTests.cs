using InnovationNetwork.Graph.Store;
using InnovationNetwork.Search.Analysis;
using InnovationNetwork.Search.Documents;
using InnovationNetwork.Search.Indexing;
using InnovationNetwork.Search.Querying;
using InnovationNetwork.Tests.Support;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace InnovationNetwork.Tests.Search;

/// <summary>
/// The index built as the service builds it (each text tokenised once, its tokens replayed into every field)
/// against one where every field is analysed from its own text by the query-time analyzers: the same
/// postings, stored text and search answers.
/// </summary>
public sealed class IndexMappingTests : IAsyncLifetime
{
    private static readonly string[] IndexedFields =
    [
        SearchFields.Id, SearchFields.Type, SearchFields.Region,
        SearchFields.Title, SearchFields.TitleExact, SearchFields.TitlePrefix, SearchFields.Body, SearchFields.Context, SearchFields.TextExact,
    ];

    private readonly StoreFixture _store = new();
    private DirectoryReader _service = null!;
    private DirectoryReader _reference = null!;

    public async Task InitializeAsync()
    {
        await _store.Store.WriteAsync(SearchCorpus.Build());
        var documents = new List<SearchDocument>();
        await foreach (var document in IndexRebuilder.ReadDocumentsAsync(_store.Store, CancellationToken.None))
        {
            documents.Add(document);
        }

        // A skill with aliases gives a multi-valued title; tricky words check the chains end to end.
        documents.Add(new SearchDocument("firm:tricky", "Firm", ["O’Neill’s Café", "ONeill state-of-the-art"],
            "The robot's arms; Zürich’s 2D ﬁbre R&D of the " + new string('x', 300), ["Welding", "robots of the"], []));
        _service = Index(SearchAnalyzers.ForIndexing(), documents, LuceneDocuments.ToLucene);
        _reference = Index(QueryTimeAnalyzers(), documents, AnalysedPerField);
    }

    public async Task DisposeAsync()
    {
        _service.Dispose();
        _reference.Dispose();
        await _store.DisposeAsync();
    }

    [Fact]
    public void EveryIndexedField_ShouldHoldTheSamePostings()
    {
        foreach (var field in IndexedFields)
        {
            var expected = Postings(_reference, field);

            Assert.NotEmpty(expected);
            Assert.Equal(expected, Postings(_service, field));
        }
    }

    [Fact]
    public void StoredText_ShouldBeTheSame()
    {
        for (var doc = 0; doc < _reference.MaxDoc; doc++)
        {
            foreach (var field in new[] { SearchFields.Id, SearchFields.Type, SearchFields.Title, SearchFields.Body, SearchFields.Context })
            {
                Assert.Equal(_reference.Document(doc).GetValues(field), _service.Document(doc).GetValues(field));
            }
        }
    }

    [Theory]
    [InlineData("robotics institute")]
    [InlineData("welding robots")]
    [InlineData("CFD")]
    [InlineData("robot's arm")]
    [InlineData("oneill")]
    [InlineData("rob")]
    [InlineData("\"graphene engineering\"")]
    [InlineData("weldng")]
    public async Task Searches_ShouldAnswerTheSame(string text)
    {
        var synonyms = await SkillSynonymSource.LoadAsync(_store.Store, CancellationToken.None);
        var regions = await RegionHierarchy.LoadAsync(_store.Store, CancellationToken.None);
        SearchResults Search(DirectoryReader reader) =>
            SearchExecutor.Run(new IndexSearcher(reader) { Similarity = new BM25Similarity() }, new SearchRequest(text, First: 20), synonyms, regions);

        var expected = Search(_reference);
        var actual = Search(_service);

        Assert.NotEmpty(expected.Hits);
        Assert.Equal(expected.Hits.Select(h => (h.Id, h.Score, h.Highlights.Count)), actual.Hits.Select(h => (h.Id, h.Score, h.Highlights.Count)));
        Assert.Equal(expected.TotalCount, actual.TotalCount);
    }

    private static Analyzer QueryTimeAnalyzers() => new PerFieldAnalyzerWrapper(SearchAnalyzers.Stemmed, new Dictionary<string, Analyzer>
    {
        [SearchFields.TitleExact] = SearchAnalyzers.Exact,
        [SearchFields.TextExact] = SearchAnalyzers.Exact,
        [SearchFields.TitlePrefix] = SearchAnalyzers.Prefixes,
    });

    /// <summary>Every text field given as its text, for the writer's analyzer to analyse field by field.</summary>
    private static Document AnalysedPerField(SearchDocument source)
    {
        var document = new Document
        {
            new StringField(SearchFields.Id, source.Id, Field.Store.YES),
            new SortedDocValuesField(SearchFields.Id, new BytesRef(source.Id)),
            new StringField(SearchFields.Type, source.Label, Field.Store.YES),
            new SortedDocValuesField(SearchFields.Type, new BytesRef(source.Label)),
        };
        foreach (var region in source.RegionIds.Distinct(StringComparer.Ordinal))
        {
            document.Add(new StringField(SearchFields.Region, region, Field.Store.NO));
            document.Add(new SortedSetDocValuesField(SearchFields.Region, new BytesRef(region)));
        }

        foreach (var title in source.Titles)
        {
            document.Add(new TextField(SearchFields.Title, title, Field.Store.YES));
            document.Add(new TextField(SearchFields.TitleExact, title, Field.Store.NO));
            document.Add(new Field(SearchFields.TitlePrefix, title, LuceneDocuments.TermsOnlyText));
        }

        var context = string.Join(LuceneDocuments.ContextSeparator, source.Context);
        document.Add(new TextField(SearchFields.Body, source.Body, Field.Store.YES));
        document.Add(new TextField(SearchFields.Context, context, Field.Store.YES));
        document.Add(new Field(SearchFields.TextExact, source.Body, LuceneDocuments.TermsOnlyText));
        document.Add(new Field(SearchFields.TextExact, context, LuceneDocuments.TermsOnlyText));
        return document;
    }

    private static DirectoryReader Index(Analyzer analyzer, IEnumerable<SearchDocument> documents, Func<SearchDocument, Document> map)
    {
        var directory = new RAMDirectory();
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(SearchAnalyzers.Version, analyzer) { Similarity = new BM25Similarity() }))
        {
            foreach (var document in documents)
            {
                writer.AddDocument(map(document));
            }
        }

        return DirectoryReader.Open(directory);
    }

    /// <summary>Each term of a field with what the field indexes, every document it is in, its frequency there and its positions, plus the field's norms.</summary>
    private static List<string> Postings(DirectoryReader reader, string field)
    {
        var postings = new List<string>();
        var terms = MultiFields.GetTerms(reader, field);
        var termsEnum = terms?.GetEnumerator();
        while (termsEnum is not null && termsEnum.MoveNext())
        {
            // Keyword fields (id, type, region) index documents only, prefixes and unstemmed text no positions.
            var options = terms!.HasPositions ? "positions" : terms.HasFreqs ? "freqs" : "docs";
            var positioned = termsEnum.DocsAndPositions(null, null);
            var docs = positioned ?? termsEnum.Docs(null, null, terms.HasFreqs ? DocsFlags.FREQS : DocsFlags.NONE);
            while (docs.NextDoc() != DocIdSetIterator.NO_MORE_DOCS)
            {
                var positions = positioned is null ? [] : Enumerable.Range(0, docs.Freq).Select(_ => positioned.NextPosition()).ToList();
                var freq = terms.HasFreqs ? docs.Freq.ToString(System.Globalization.CultureInfo.InvariantCulture) : "-";
                postings.Add($"{options} {termsEnum.Term.Utf8ToString()} doc {docs.DocID} x{freq}: {string.Join(',', positions)}");
            }
        }

        var norms = MultiDocValues.GetNormValues(reader, field);
        postings.AddRange(Enumerable.Range(0, reader.MaxDoc).Select(doc => $"norm {doc}: {norms?.Get(doc)}"));
        return postings;
    }
}
