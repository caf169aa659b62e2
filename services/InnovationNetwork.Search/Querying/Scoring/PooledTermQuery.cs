using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;

namespace InnovationNetwork.Search.Querying.Scoring;

/// <summary>
/// A term query scored exactly as Lucene's, whose scorers take their enumerators from the thread's
/// <see cref="PooledPostings"/> while a pruned search's worker has it active.
/// </summary>
internal sealed class PooledTermQuery : TermQuery
{
    private readonly TermContext _states;

    /// <summary>The term, with its states in the view's segments (<see cref="TermStates"/>).</summary>
    public PooledTermQuery(Term term, TermContext states)
        : base(term, states) => _states = states;

    public override Weight CreateWeight(IndexSearcher searcher) => new PooledTermWeight(this, _states, searcher);
}

/// <summary>The weight of a <see cref="PooledTermQuery"/>: Lucene's term weight, with pooled enumerators.</summary>
internal sealed class PooledTermWeight : Weight
{
    private readonly PooledTermQuery _query;
    private readonly TermContext _states;
    private readonly Similarity _similarity;
    private readonly Similarity.SimWeight _stats;

    public PooledTermWeight(PooledTermQuery query, TermContext states, IndexSearcher searcher)
    {
        (_query, _states, _similarity) = (query, states, searcher.Similarity);
        _stats = _similarity.ComputeWeight(query.Boost, searcher.CollectionStatistics(query.Term.Field), searcher.TermStatistics(query.Term, states));
    }

    public override Query Query => _query;

    public override float GetValueForNormalization() => _stats.GetValueForNormalization();

    public override void Normalize(float norm, float topLevelBoost) => _stats.Normalize(norm, topLevelBoost);

    public override Scorer? GetScorer(AtomicReaderContext context, IBits acceptDocs)
    {
        if (_states.Get(context.Ord) is not { } state || context.AtomicReader.GetTerms(_query.Term.Field) is not { } field)
        {
            return null;
        }

        var pool = PooledPostings.For(context.AtomicReader);
        var terms = pool?.Terms(field, _query.Term.Field) ?? field.GetEnumerator();
        terms.SeekExact(_query.Term.Bytes, state);
        var docs = terms.Docs(acceptDocs, pool?.ReusableDocs(), DocsFlags.FREQS);
        pool?.TookDocs(docs);
        return new PooledTermScorer(this, docs, _similarity.GetSimScorer(_stats, context));
    }

    public override Explanation Explain(AtomicReaderContext context, int doc) => ScorerExplanation.OfFrequency(
        _query, _similarity, _stats, context, doc, GetScorer(context, context.AtomicReader.LiveDocs) is { } scorer && scorer.Advance(doc) == doc ? scorer.Freq : null, "termFreq");
}

/// <summary>Lucene's term scorer: the similarity's score of the term's frequency in each of its documents.</summary>
internal sealed class PooledTermScorer(Weight weight, DocsEnum docs, Similarity.SimScorer scorer) : Scorer(weight)
{
    public override int DocID => docs.DocID;

    public override int Freq => docs.Freq;

    public override int NextDoc() => docs.NextDoc();

    public override int Advance(int target) => docs.Advance(target);

    public override float GetScore() => scorer.Score(docs.DocID, docs.Freq);

    public override long GetCost() => docs.GetCost();
}
