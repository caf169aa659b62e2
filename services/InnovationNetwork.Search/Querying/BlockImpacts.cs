using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace InnovationNetwork.Search.Querying;

/// <summary>
/// For a term in one segment, cut into blocks of 2^shift consecutive document numbers: in each block, the
/// (norm, highest frequency) pairs no other pair of the block beats on both counts (a shorter field and a
/// higher frequency). BM25 scores a term higher the more often it occurs and the shorter the field, so these
/// pairs bound the term's score block by block, where <see cref="TermImpacts"/> bounds it over the whole
/// segment: a pruned search skips blocks whose bound is below the page (<see cref="ScoreBound.OfBlocks"/>). Cached
/// for the segment's lifetime, like <see cref="TermImpacts"/>: deletions only lower the true maxima.
/// </summary>
internal sealed class BlockImpacts
{
    /// <summary>
    /// Past this many terms a segment's cache stops growing (the walk is then repeated per search). A term of a
    /// 400,000-document segment takes about 3 KB (a start per block) plus 5 bytes per pair, so the cache of a
    /// segment stays within some 50 MB however varied the searches.
    /// </summary>
    private const int MaxCachedTermsPerSegment = 10_000;

    private static readonly ConditionalWeakTable<object, ConcurrentDictionary<(Term, int), BlockImpacts>> BySegment = new();

    /// <summary>Where each block's pairs start in <see cref="Norms"/> and <see cref="Frequencies"/>; one more entry than blocks.</summary>
    private readonly int[] _starts;

    private BlockImpacts(int[] starts, byte[] norms, int[] frequencies, bool hasNorms)
    {
        _starts = starts;
        Norms = norms;
        Frequencies = frequencies;
        HasNorms = hasNorms;
    }

    public byte[] Norms { get; }

    public int[] Frequencies { get; }

    /// <summary>Whether the field keeps norms (without them every document counts as of average length).</summary>
    public bool HasNorms { get; }

    /// <summary>How many blocks of 2^shift documents cover a segment of <paramref name="maxDoc"/> documents.</summary>
    public static int BlockCount(int maxDoc, int shift) => ((maxDoc - 1) >> shift) + 1;

    /// <summary>The pairs of block <paramref name="block"/>: an empty range where no document of the block holds the term.</summary>
    public (int Start, int End) Block(int block) => (_starts[block], _starts[block + 1]);

    /// <summary>
    /// The norm of the shortest field and the highest frequency among the block's documents holding the term
    /// (the pairs are kept shortest field first, so with rising frequencies); null where none holds it.
    /// </summary>
    public (byte ShortestNorm, int HighestFrequency)? Extremes(int block)
    {
        var (start, end) = Block(block);
        return start == end ? null : (Norms[start], Frequencies[end - 1]);
    }

    /// <summary>The term's pairs in each block of the segment (every block empty if the segment lacks the term).</summary>
    public static BlockImpacts Of(AtomicReader segment, Term term, int shift)
    {
        var cache = BySegment.GetValue(segment.CoreCacheKey, _ => new ConcurrentDictionary<(Term, int), BlockImpacts>());
        if (cache.TryGetValue((term, shift), out var impacts))
        {
            return impacts;
        }

        impacts = Walk(segment, term, shift);
        if (cache.Count < MaxCachedTermsPerSegment)
        {
            cache.TryAdd((term, shift), impacts);
        }

        return impacts;
    }

    private static BlockImpacts Walk(AtomicReader segment, Term term, int shift)
    {
        var blocks = BlockCount(Math.Max(segment.MaxDoc, 1), shift);
        var starts = new int[blocks + 1];
        // Deleted documents are walked too: their pairs only make the bound looser, never wrong.
        var postings = TermPostings.Of(segment, term, null, DocsFlags.FREQS);
        var norms = segment.GetNormValues(term.Field);
        if (postings is null)
        {
            return new BlockImpacts(starts, [], [], norms is not null);
        }

        var pairNorms = new List<byte>();
        var pairFrequencies = new List<int>();
        var highest = new int[256];
        var (block, held) = (0, false);
        for (var doc = postings.NextDoc(); ; doc = postings.NextDoc())
        {
            var docBlock = doc == DocIdSetIterator.NO_MORE_DOCS ? blocks : doc >> shift;
            while (block < docBlock)
            {
                // Only a block that held the term has pairs to keep: a rare term's empty blocks cost a step each.
                if (held)
                {
                    KeepUnbeaten(highest, pairNorms, pairFrequencies);
                    held = false;
                }

                starts[++block] = pairNorms.Count;
            }

            if (doc == DocIdSetIterator.NO_MORE_DOCS)
            {
                break;
            }

            var norm = norms is null ? 0 : (byte)norms.Get(doc);
            highest[norm] = Math.Max(highest[norm], postings.Freq);
            held = true;
        }

        return new BlockImpacts(starts, pairNorms.ToArray(), pairFrequencies.ToArray(), norms is not null);
    }

    /// <summary>
    /// Moves one block's highest frequency per norm into the pair lists, keeping only unbeaten pairs, and clears
    /// them for the next block. A higher norm byte encodes a shorter field (the encoding keeps order), so walking
    /// norms downwards a pair is unbeaten when its frequency is above every one seen before it.
    /// </summary>
    private static void KeepUnbeaten(int[] highest, List<byte> norms, List<int> frequencies)
    {
        var best = 0;
        for (var norm = highest.Length - 1; norm >= 0; norm--)
        {
            if (highest[norm] > best)
            {
                best = highest[norm];
                norms.Add((byte)norm);
                frequencies.Add(best);
            }

            highest[norm] = 0;
        }
    }
}
