using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;

namespace InnovationNetwork.Search.Querying.Scoring;

/// <summary>
/// A phrase of distinct terms at distinct positions, matched and scored as Lucene's phrase query is
/// (<see cref="PhrasePositionsScorer"/>), whose weight finds its terms through the view's
/// <see cref="TermStates"/> (Lucene's seeks every term in every segment again for each search) and whose
/// scorers take their enumerators from the thread's <see cref="PooledPostings"/>.
/// </summary>
internal sealed class PooledPhraseQuery : PhraseQuery
{
    private readonly TermContext[] _states;

    private PooledPhraseQuery(PhraseQuery phrase, IndexReaderContext view)
    {
        var positions = phrase.GetPositions();
        var terms = phrase.GetTerms();
        for (var i = 0; i < terms.Length; i++)
        {
            Add(terms[i], positions[i]);
        }

        Slop = phrase.Slop;
        Boost = phrase.Boost;
        _states = terms.Select(t => TermStates.Of(view, t)).ToArray();
    }

    /// <summary>The pooled twin of a rewritten phrase, or null where Lucene's own must match it (a repeated term or position).</summary>
    public static PooledPhraseQuery? Of(PhraseQuery phrase, IndexReaderContext view)
    {
        var terms = phrase.GetTerms();
        var positions = phrase.GetPositions();
        return terms.Length >= 2 && terms.Distinct().Count() == terms.Length && positions.Distinct().Count() == positions.Length
            ? new PooledPhraseQuery(phrase, view)
            : null;
    }

    public override Weight CreateWeight(IndexSearcher searcher) => new PooledPhraseWeight(this, _states, searcher);
}

/// <summary>The weight of a <see cref="PooledPhraseQuery"/>: normalised as Lucene's phrase weight is.</summary>
internal sealed class PooledPhraseWeight : Weight
{
    private readonly PhraseQuery _query;
    private readonly TermContext[] _states;
    private readonly Term[] _terms;
    private readonly int[] _positions;
    private readonly string _field;
    private readonly Similarity _similarity;
    private readonly Similarity.SimWeight _stats;

    public PooledPhraseWeight(PhraseQuery query, TermContext[] states, IndexSearcher searcher)
    {
        (_query, _states, _similarity) = (query, states, searcher.Similarity);
        _terms = query.GetTerms();
        _positions = query.GetPositions();
        _field = _terms[0].Field;
        var termStatistics = _terms.Select((term, i) => searcher.TermStatistics(term, states[i])).ToArray();
        _stats = _similarity.ComputeWeight(query.Boost, searcher.CollectionStatistics(_field), termStatistics);
    }

    public override Query Query => _query;

    public override float GetValueForNormalization() => _stats.GetValueForNormalization();

    public override void Normalize(float norm, float topLevelBoost) => _stats.Normalize(norm, topLevelBoost);

    public override Scorer? GetScorer(AtomicReaderContext context, IBits acceptDocs)
    {
        if (context.AtomicReader.GetTerms(_field) is not { } field)
        {
            return null;
        }

        var pool = PooledPostings.For(context.AtomicReader);
        var postings = new PhrasePositionsScorer.TermPositions[_terms.Length];
        for (var i = 0; i < _terms.Length; i++)
        {
            if (_states[i].Get(context.Ord) is not { } state)
            {
                return null;
            }

            var terms = pool?.Terms(field, _field) ?? field.GetEnumerator();
            terms.SeekExact(_terms[i].Bytes, state);
            var positions = terms.DocsAndPositions(acceptDocs, pool?.ReusablePositions(), DocsAndPositionsFlags.NONE)
                ?? throw new InvalidOperationException($"field \"{_field}\" was indexed without position data; cannot match the phrase {_query}");
            pool?.TookPositions(positions);
            postings[i] = new PhrasePositionsScorer.TermPositions(positions, _positions[i], terms.DocFreq);
        }

        return new PhrasePositionsScorer(this, postings, _query.Slop, _similarity.GetSimScorer(_stats, context));
    }

    public override Explanation Explain(AtomicReaderContext context, int doc) => ScorerExplanation.OfFrequency(
        _query, _similarity, _stats, context, doc, GetScorer(context, context.AtomicReader.LiveDocs) is PhrasePositionsScorer scorer && scorer.Advance(doc) == doc ? scorer.PhraseFrequency : null, "phraseFreq");
}
