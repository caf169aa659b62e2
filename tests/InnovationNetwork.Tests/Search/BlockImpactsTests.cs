using InnovationNetwork.Search.Analysis;
using InnovationNetwork.Search.Querying;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;

namespace InnovationNetwork.Tests.Search;

/// <summary>
/// A term's block impacts keep, per block of documents, exactly the (norm, frequency) pairs no other document
/// of the block beats on both counts: checked against every document's own norm and frequency.
/// </summary>
public sealed class BlockImpactsTests : IDisposable
{
    private const int Shift = 4;
    private const int Documents = 200;

    private readonly RAMDirectory _directory = new();
    private readonly DirectoryReader _reader;

    public BlockImpactsTests()
    {
        var config = new IndexWriterConfig(SearchAnalyzers.Version, new WhitespaceAnalyzer(SearchAnalyzers.Version)) { Similarity = new BM25Similarity() };
        using (var writer = new IndexWriter(_directory, config))
        {
            var random = new Random(5);
            for (var i = 0; i < Documents; i++)
            {
                // Blocks 3 and 7 hold no "alpha" at all; elsewhere it comes 0-5 times among 0-30 other words.
                var block = i >> Shift;
                var alphas = block is 3 or 7 ? 0 : random.Next(6);
                var words = Enumerable.Repeat("alpha", alphas).Concat(Enumerable.Repeat("filler", random.Next(31)));
                writer.AddDocument(new Document { new TextField("text", string.Join(' ', words.Append("end")), Field.Store.NO) });
            }

            writer.ForceMerge(1);
        }

        _reader = DirectoryReader.Open(_directory);
    }

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
    }

    [Fact]
    public void EachBlock_ShouldKeepExactlyTheUnbeatenPairsOfItsDocuments()
    {
        var segment = _reader.Leaves.Single().AtomicReader;
        var term = new Term("text", "alpha");
        var impacts = BlockImpacts.Of(segment, term, Shift);
        var norms = segment.GetNormValues("text");
        var frequencies = new Dictionary<int, int>();
        var postings = segment.GetTermDocsEnum(term)!;
        while (postings.NextDoc() != Lucene.Net.Search.DocIdSetIterator.NO_MORE_DOCS)
        {
            frequencies[postings.DocID] = postings.Freq;
        }

        for (var block = 0; block < BlockImpacts.BlockCount(segment.MaxDoc, Shift); block++)
        {
            var held = Enumerable.Range(block << Shift, 1 << Shift).Where(frequencies.ContainsKey).Select(doc => (Norm: (byte)norms.Get(doc), Frequency: frequencies[doc])).ToList();
            var unbeaten = held.Where(p => !held.Any(o => o != p && o.Norm >= p.Norm && o.Frequency >= p.Frequency))
                .Distinct().OrderByDescending(p => p.Norm).ToList();
            var (start, end) = impacts.Block(block);
            var kept = Enumerable.Range(start, end - start).Select(i => (Norm: impacts.Norms[i], Frequency: impacts.Frequencies[i])).ToList();

            Assert.Equal(unbeaten, kept);
            Assert.Equal(held.Count == 0 ? null : (held.Max(p => p.Norm), held.Max(p => p.Frequency)), impacts.Extremes(block));
        }

        Assert.Null(impacts.Extremes(3));
        Assert.Contains(Enumerable.Range(0, 12), block => impacts.Block(block).End - impacts.Block(block).Start > 1);
    }
}
