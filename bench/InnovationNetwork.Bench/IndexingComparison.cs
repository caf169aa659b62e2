using System.Diagnostics;
using System.Globalization;
using InnovationNetwork.Search.Analysis;
using InnovationNetwork.Search.Documents;
using InnovationNetwork.Search.Indexing;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace InnovationNetwork.Bench;

/// <summary>
/// Lucene's share of indexing on documents built in advance, in one process and alternating rounds: the
/// service's mapping (each text tokenised once, its tokens replayed into every field) against the earlier
/// one (every field analysed from its text by the query-time analyzers), under the same writer settings,
/// single-threaded. Also times the analysis alone, without indexing.
/// </summary>
internal static class IndexingComparison
{
    private const int Rounds = 3;

    public static void Run(IReadOnlyList<SearchDocument> documents)
    {
        var replaying = SearchAnalyzers.ForIndexing();
        var perField = new PerFieldAnalyzerWrapper(SearchAnalyzers.Stemmed, new Dictionary<string, Analyzer>
        {
            [SearchFields.TitleExact] = SearchAnalyzers.Exact,
            [SearchFields.TextExact] = SearchAnalyzers.Exact,
            [SearchFields.TitlePrefix] = SearchAnalyzers.Prefixes,
            [SearchFields.Id] = replaying,
            [SearchFields.Type] = replaying,
            [SearchFields.Region] = replaying,
        });
        var variants = new (string Name, Analyzer Analyzer, Func<SearchDocument, Document> Map)[]
        {
            ("each field analysed from its text (before)", perField, AnalysedPerField),
            ("each text tokenised once (now)", replaying, LuceneDocuments.ToLucene),
        };
        var indexing = variants.ToDictionary(v => v.Name, _ => new List<double>());
        var analysis = variants.ToDictionary(v => v.Name, _ => new List<double>());
        for (var round = 0; round < Rounds; round++)
        {
            foreach (var (name, analyzer, map) in variants)
            {
                analysis[name].Add(documents.Count / AnalysisSeconds(documents, analyzer, map));
                indexing[name].Add(documents.Count / IndexingSeconds(documents, analyzer, map));
            }
        }

        foreach (var (name, _, _) in variants)
        {
            Print($"Lucene alone, {name}: median {Median(indexing[name]):N0} documents/s over {Rounds} rounds of {documents.Count:N0} "
                + $"({string.Join(", ", indexing[name].Select(r => r.ToString("N0", CultureInfo.InvariantCulture)))}); analysis alone {Median(analysis[name]):N0} documents/s");
        }

        Print($"Lucene alone, now/before: {Median(indexing[variants[1].Name]) / Median(indexing[variants[0].Name]):0.00}x");
    }

    /// <summary>The earlier mapping: the service's, with every replayed text field given its text again, to be analysed per field.</summary>
    private static Document AnalysedPerField(SearchDocument source)
    {
        var document = new Document();
        foreach (var field in LuceneDocuments.ToLucene(source).Fields)
        {
            document.Add(field.GetReaderValue() is TokenizedText text ? new TextField(field.Name, text.Text, Field.Store.NO) : field);
        }

        return document;
    }

    private static double IndexingSeconds(IReadOnlyList<SearchDocument> documents, Analyzer analyzer, Func<SearchDocument, Document> map)
    {
        var folder = Path.Combine(Path.GetTempPath(), "innovation-network-bench-lucene-" + Guid.NewGuid().ToString("N"));
        try
        {
            using var directory = new NIOFSDirectory(new DirectoryInfo(folder));
            var clock = Stopwatch.StartNew();
            using (var writer = new IndexWriter(directory, LuceneIndex.WriterConfig(analyzer)))
            {
                foreach (var document in documents)
                {
                    writer.AddDocument(map(document));
                }

                writer.Commit();
            }

            return clock.Elapsed.TotalSeconds;
        }
        finally
        {
            System.IO.Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Maps the documents and runs every indexed field's token stream to its end, as the writer would, without indexing.</summary>
    private static double AnalysisSeconds(IReadOnlyList<SearchDocument> documents, Analyzer analyzer, Func<SearchDocument, Document> map)
    {
        var clock = Stopwatch.StartNew();
        long tokens = 0;
        foreach (var source in documents)
        {
            foreach (var field in map(source).Fields)
            {
                if (!field.IndexableFieldType.IsIndexed || !field.IndexableFieldType.IsTokenized)
                {
                    continue;
                }

                using var stream = field.GetTokenStream(analyzer);
                stream.Reset();
                while (stream.IncrementToken())
                {
                    tokens++;
                }

                stream.End();
            }
        }

        GC.KeepAlive(tokens);
        return clock.Elapsed.TotalSeconds;
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

    private static void Print(string line) => Console.WriteLine(line.ToString(CultureInfo.InvariantCulture));
}
