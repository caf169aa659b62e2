using System.Buffers;
using System.Collections.Concurrent;
using System.Numerics;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace InnovationNetwork.Search.Querying;

/// <summary>
/// The same bounds block by block. A term's bound in each block comes from its <see cref="BlockImpacts"/>; a
/// phrase's from its terms' (see <see cref="PhraseBlocks"/>); the query's shapes combine the blocks' bounds as
/// they combine the segment's. Negative infinity marks a block where nothing can match. A pruned search asks
/// for these several times per segment, so the terms' bounds are kept for the view (they depend on its idf and
/// average lengths) and the shapes are combined a vector of blocks at a time.
/// </summary>
internal sealed partial class ScoreBound
{
    /// <summary>Past this many (segment, term) entries a view's cache stops growing (the bounds are then recomputed per search).</summary>
    private const int MaxCachedTermBlocksPerView = 20_000;

    private static readonly ConditionalWeakTable<IndexReaderContext, ConcurrentDictionary<(int Segment, Term Term, int Shift), float[]>> TermBlocksByView = new();

    private readonly Dictionary<(int Segment, PhraseQuery Phrase, int Shift), float[]> _phraseBlocks = [];

    /// <summary>
    /// For each block of 2^<paramref name="shift"/> documents of the segment: the highest score a document of the
    /// block lacking every term in <paramref name="absent"/> could get; negative infinity where none can match.
    /// </summary>
    public float[] OfBlocks(Query query, IReadOnlySet<Term> absent, AtomicReaderContext segment, int shift)
    {
        UseSegment(segment.AtomicReader);
        var blocks = new Blocks(segment, shift, BlockImpacts.BlockCount(Math.Max(segment.AtomicReader.MaxDoc, 1), shift));
        var combined = BoundPerBlock(query, absent, 1, blocks);
        var bounds = new float[blocks.Count];
        Scale(combined.AsSpan(0, blocks.Count), (float)Headroom, bounds);
        ArrayPool<float>.Shared.Return(combined);
        return bounds;
    }

    /// <summary>The query's bound per block, in a pooled array (of at least the block count) the caller returns.</summary>
    private float[] BoundPerBlock(Query query, IReadOnlySet<Term> absent, float boost, Blocks blocks)
    {
        boost *= query.Boost;
        var bounds = ArrayPool<float>.Shared.Rent(blocks.Count);
        var span = bounds.AsSpan(0, blocks.Count);
        switch (query)
        {
            case TermQuery term when absent.Contains(term.Term):
                span.Fill(float.NegativeInfinity);
                break;
            case TermQuery term:
                Scale(TermBlocks(term.Term, blocks), boost, span);
                break;
            case PhraseQuery phrase when PhraseBound(phrase, absent, 1) is null:
                span.Fill(float.NegativeInfinity);
                break;
            case PhraseQuery phrase:
                Scale(PhraseBlocks(phrase, blocks), boost, span);
                break;
            case DisjunctionMaxQuery any:
                MaxBlocks(any, absent, boost, blocks, span);
                break;
            case BooleanQuery boolean:
                SumBlocks(boolean, absent, boost, blocks, span);
                break;
            default:
                span.Fill(float.PositiveInfinity);
                break;
        }

        return bounds;
    }

    /// <summary>The term's unboosted bound per block: idf × (k1 + 1) × its highest saturation there.</summary>
    private float[] TermBlocks(Term term, Blocks blocks)
    {
        var view = searcher.TopReaderContext;
        var cache = TermBlocksByView.GetValue(view, _ => new ConcurrentDictionary<(int, Term, int), float[]>());
        var key = (blocks.Segment.Ord, term, blocks.Shift);
        if (cache.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var bounds = new float[blocks.Count];
        Array.Fill(bounds, float.NegativeInfinity);
        if (Idf(term) is { } idf)
        {
            var factor = idf * (similarity.K1 + 1);
            var impacts = BlockImpacts.Of(blocks.Segment.AtomicReader, term, blocks.Shift);
            var lengthFactors = LengthFactors(term.Field);
            var (norms, frequencies) = (impacts.Norms, impacts.Frequencies);
            for (var block = 0; block < bounds.Length; block++)
            {
                var (start, end) = impacts.Block(block);
                for (var i = start; i < end; i++)
                {
                    double frequency = frequencies[i];
                    var saturation = frequency / (frequency + (impacts.HasNorms ? lengthFactors[norms[i]] : similarity.K1));
                    bounds[block] = Math.Max(bounds[block], (float)(factor * saturation));
                }
            }
        }

        if (cache.Count < MaxCachedTermBlocksPerView)
        {
            cache.TryAdd(key, bounds);
        }

        return bounds;
    }

    /// <summary>
    /// A phrase's unboosted bound per block. It matches only where every one of its terms is; there its frequency
    /// is at most the sum of the terms' highest frequencies in the block (less one per term after the first, as
    /// over the segment), in a field no shorter than the longest of the terms' shortest fields. Never above the
    /// phrase's bound over the segment.
    /// </summary>
    private float[] PhraseBlocks(PhraseQuery phrase, Blocks blocks)
    {
        var key = (blocks.Segment.Ord, phrase, blocks.Shift);
        if (_phraseBlocks.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var segmentBound = PhraseBound(phrase, new HashSet<Term>(), 1)!.Value;
        var terms = TermsOf(phrase);
        var factor = (similarity.K1 + 1) * terms.Sum(t => Idf(t)!.Value);
        var impacts = terms.Select(t => BlockImpacts.Of(blocks.Segment.AtomicReader, t, blocks.Shift)).ToArray();
        var lengthFactors = LengthFactors(terms[0].Field);
        var deduction = PhraseFrequencyDeduction(terms);
        var bounds = new float[blocks.Count];
        for (var block = 0; block < bounds.Length; block++)
        {
            var (frequencies, norm, held) = (0, byte.MaxValue, true);
            foreach (var termImpacts in impacts)
            {
                if (termImpacts.Extremes(block) is not { } extremes)
                {
                    held = false;
                    break;
                }

                frequencies += extremes.HighestFrequency;
                norm = Math.Min(norm, extremes.ShortestNorm);
            }

            double frequency = frequencies - deduction;
            var lengthFactor = impacts[0].HasNorms ? lengthFactors[norm] : similarity.K1;
            bounds[block] = held ? (float)Math.Min(segmentBound, factor * frequency / (frequency + lengthFactor)) : float.NegativeInfinity;
        }

        _phraseBlocks[key] = bounds;
        return bounds;
    }

    /// <summary>
    /// Disjunction-max: the best disjunct plus the tie-breaker's share of the others, written as
    /// (1 − t) × best + t × sum so that a block where no disjunct matches stays at negative infinity.
    /// </summary>
    private void MaxBlocks(DisjunctionMaxQuery any, IReadOnlySet<Term> absent, float boost, Blocks blocks, Span<float> max)
    {
        max.Fill(float.NegativeInfinity);
        var sumArray = ArrayPool<float>.Shared.Rent(blocks.Count);
        var sum = sumArray.AsSpan(0, blocks.Count);
        sum.Clear();
        var disjuncts = any.Disjuncts;
        for (var i = 0; i < disjuncts.Count; i++)
        {
            var bounds = BoundPerBlock(disjuncts[i], absent, boost, blocks);
            Vectors.MaxAndSumOfMatching(bounds.AsSpan(0, blocks.Count), max, sum);
            ArrayPool<float>.Shared.Return(bounds);
        }

        Vectors.Blend(max, sum, any.TieBreakerMultiplier);
        ArrayPool<float>.Shared.Return(sumArray);
    }

    /// <summary>A boolean query: the sum of its clauses, where every required clause and enough optional ones can match.</summary>
    private void SumBlocks(BooleanQuery boolean, IReadOnlySet<Term> absent, float boost, Blocks blocks, Span<float> sum)
    {
        sum.Clear();
        var countArray = ArrayPool<float>.Shared.Rent(blocks.Count);
        var optionalMatching = countArray.AsSpan(0, blocks.Count);
        optionalMatching.Clear();
        int required = 0, optional = 0;
        var clauses = boolean.Clauses;
        for (var i = 0; i < clauses.Count; i++)
        {
            var clause = clauses[i];
            if (clause.Occur == Occur.MUST_NOT)
            {
                continue;
            }

            var bounds = BoundPerBlock(clause.Query, absent, boost, blocks);
            if (clause.Occur == Occur.MUST)
            {
                required++;
                Vectors.Add(bounds.AsSpan(0, blocks.Count), sum);
            }
            else
            {
                optional++;
                Vectors.AddMatching(bounds.AsSpan(0, blocks.Count), sum, optionalMatching);
            }

            ArrayPool<float>.Shared.Return(bounds);
        }

        var optionalNeeded = boolean.MinimumNumberShouldMatch > 0 ? boolean.MinimumNumberShouldMatch : required == 0 && optional > 0 ? 1 : 0;
        Vectors.RuleOutBelow(optionalMatching, optionalNeeded, sum);
        ArrayPool<float>.Shared.Return(countArray);
    }

    private static void Scale(ReadOnlySpan<float> source, float factor, Span<float> target)
    {
        var i = 0;
        for (; i <= target.Length - Vector<float>.Count; i += Vector<float>.Count)
        {
            (new Vector<float>(source[i..]) * factor).CopyTo(target[i..]);
        }

        for (; i < target.Length; i++)
        {
            target[i] = source[i] * factor;
        }
    }

    /// <summary>The segment and how it is cut into blocks.</summary>
    private sealed record Blocks(AtomicReaderContext Segment, int Shift, int Count);

    /// <summary>The element-wise steps of combining block bounds, a vector of blocks at a time.</summary>
    private static class Vectors
    {
        private static readonly Vector<float> NegativeInfinity = new(float.NegativeInfinity);

        /// <summary>max = max(max, x); sum += x where x can match (is above negative infinity).</summary>
        public static void MaxAndSumOfMatching(ReadOnlySpan<float> x, Span<float> max, Span<float> sum)
        {
            var i = 0;
            for (; i <= x.Length - Vector<float>.Count; i += Vector<float>.Count)
            {
                var value = new Vector<float>(x[i..]);
                Vector.Max(value, new Vector<float>(max[i..])).CopyTo(max[i..]);
                (new Vector<float>(sum[i..]) + Vector.Max(value, Vector<float>.Zero)).CopyTo(sum[i..]);
            }

            for (; i < x.Length; i++)
            {
                max[i] = Math.Max(max[i], x[i]);
                sum[i] += Math.Max(x[i], 0);
            }
        }

        /// <summary>max = (1 − t) × max + t × sum: negative infinity where max is.</summary>
        public static void Blend(Span<float> max, ReadOnlySpan<float> sum, float tieBreaker)
        {
            var i = 0;
            for (; i <= max.Length - Vector<float>.Count; i += Vector<float>.Count)
            {
                ((new Vector<float>(max[i..]) * (1 - tieBreaker)) + (new Vector<float>(sum[i..]) * tieBreaker)).CopyTo(max[i..]);
            }

            for (; i < max.Length; i++)
            {
                max[i] = ((1 - tieBreaker) * max[i]) + (tieBreaker * sum[i]);
            }
        }

        /// <summary>sum += x (negative infinity, for a required clause that cannot match, stays).</summary>
        public static void Add(ReadOnlySpan<float> x, Span<float> sum)
        {
            var i = 0;
            for (; i <= x.Length - Vector<float>.Count; i += Vector<float>.Count)
            {
                (new Vector<float>(sum[i..]) + new Vector<float>(x[i..])).CopyTo(sum[i..]);
            }

            for (; i < x.Length; i++)
            {
                sum[i] += x[i];
            }
        }

        /// <summary>sum += x and count += 1 where x can match.</summary>
        public static void AddMatching(ReadOnlySpan<float> x, Span<float> sum, Span<float> count)
        {
            var i = 0;
            for (; i <= x.Length - Vector<float>.Count; i += Vector<float>.Count)
            {
                var value = new Vector<float>(x[i..]);
                (new Vector<float>(sum[i..]) + Vector.Max(value, Vector<float>.Zero)).CopyTo(sum[i..]);
                var matching = Vector.ConditionalSelect(Vector.GreaterThan(value, NegativeInfinity), Vector<float>.One, Vector<float>.Zero);
                (new Vector<float>(count[i..]) + matching).CopyTo(count[i..]);
            }

            for (; i < x.Length; i++)
            {
                sum[i] += Math.Max(x[i], 0);
                count[i] += x[i] > float.NegativeInfinity ? 1 : 0;
            }
        }

        /// <summary>sum = negative infinity where fewer than <paramref name="needed"/> optional clauses can match.</summary>
        public static void RuleOutBelow(ReadOnlySpan<float> count, int needed, Span<float> sum)
        {
            if (needed == 0)
            {
                return;
            }

            for (var i = 0; i < sum.Length; i++)
            {
                if (count[i] < needed)
                {
                    sum[i] = float.NegativeInfinity;
                }
            }
        }
    }
}
