using Lucene.Net.Index;
using Lucene.Net.Search;

namespace InnovationNetwork.Search.Querying.Scoring;

/// <summary>
/// A document's score that does not depend on how the scorer got to it. Lucene's disjunction scorers sum
/// clause scores in the order their heap happens to hold them, which depends on the documents visited
/// before; float sums in another order can differ in the last bit. The pruned search reaches a document by
/// different paths for different page sizes and cursors, so a hit tied with its neighbours could be ordered
/// differently from one page to the next (repeated or skipped). These queries match and score as
/// Lucene's do but sum in clause order.
/// </summary>
internal static class StableScoring
{
    /// <summary>
    /// The rewritten query with every boolean and disjunction-max part (what the query builder makes, and what
    /// fuzzy terms rewrite to) replaced by its stable twin; leaves (terms, phrases) score alone and are kept,
    /// a term given its states in the view (<see cref="TermStates"/>) so its weight does not seek it again.
    /// </summary>
    public static Query Of(Query rewritten, IndexReaderContext view)
    {
        switch (rewritten)
        {
            case TermQuery term:
                return new PooledTermQuery(term.Term, TermStates.Of(view, term.Term)) { Boost = term.Boost };
            case BooleanQuery boolean:
                var sum = new StableBooleanQuery(boolean.CoordDisabled) { MinimumNumberShouldMatch = boolean.MinimumNumberShouldMatch, Boost = boolean.Boost };
                foreach (var clause in boolean.GetClauses())
                {
                    sum.Add(Of(clause.Query, view), clause.Occur);
                }

                return sum;
            case DisjunctionMaxQuery any:
                var max = new StableDisjunctionMaxQuery(any.TieBreakerMultiplier) { Boost = any.Boost };
                foreach (var disjunct in any.Disjuncts)
                {
                    max.Add(Of(disjunct, view));
                }

                return max;
            case PhraseQuery phrase:
                return (Query?)PooledPhraseQuery.Of(phrase, view) ?? phrase;
            default:
                return rewritten;
        }
    }
}

/// <summary>A boolean query whose scorer sums matching clauses in clause order (<see cref="StableScoring"/>).</summary>
internal sealed class StableBooleanQuery(bool disableCoord) : BooleanQuery(disableCoord)
{
    public override Weight CreateWeight(IndexSearcher searcher) => new SumOfClausesWeight(this, searcher);
}

/// <summary>A disjunction-max query whose scorer sums the other disjuncts in disjunct order (<see cref="StableScoring"/>).</summary>
internal sealed class StableDisjunctionMaxQuery(float tieBreakerMultiplier) : DisjunctionMaxQuery(tieBreakerMultiplier)
{
    public override Weight CreateWeight(IndexSearcher searcher) => new MaxOfDisjunctsWeight(this, searcher);
}
