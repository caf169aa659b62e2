using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace InnovationNetwork.Search.Querying;

/// <summary>
/// Which documents of a segment match a query, worked out from postings alone as sets of bits: no scorer,
/// no score, no frequencies. That is all the total and the facets need, and Lucene's disjunction scorers
/// score every document they step on, wanted or not. Covers the shapes the query builder makes of words
/// (terms, disjunction-max, boolean queries, what fuzzy terms rewrite to); a query with a phrase in it is
/// left to the scorers. Optional clauses next to required ones (the proximity bonus) do not change what
/// matches, so they are not even read.
/// </summary>
internal static class PostingsMatches
{
    /// <summary>Counts the query's matches into the collector (filters and facets included) unless the query has a part only scorers can match.</summary>
    /// <returns>Whether the query could be counted this way; if not, the collector has seen nothing.</returns>
    public static bool TryCount(IndexSearcher searcher, Query rewritten, FilteringFacetCollector counter)
    {
        if (!Countable(rewritten))
        {
            return false;
        }

        foreach (var leaf in searcher.TopReaderContext.Leaves)
        {
            var matches = Match(rewritten, searcher.TopReaderContext, leaf);
            counter.SetNextReader(leaf);
            var iterator = matches.GetIterator();
            for (var doc = iterator.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = iterator.NextDoc())
            {
                counter.Collect(doc);
            }
        }

        return true;
    }

    private static bool Countable(Query query) => query switch
    {
        TermQuery => true,
        DisjunctionMaxQuery any => any.Disjuncts.All(Countable),
        // Counting "at least n of" keeps a byte per document.
        BooleanQuery boolean => boolean.MinimumNumberShouldMatch <= byte.MaxValue && Considered(boolean).All(c => Countable(c.Query)),
        _ => false,
    };

    /// <summary>The clauses that decide a boolean query's matches: optional ones only where nothing is required.</summary>
    internal static IEnumerable<BooleanClause> Considered(BooleanQuery boolean)
    {
        var clauses = boolean.GetClauses();
        var optionalMatter = boolean.MinimumNumberShouldMatch > 0 || !clauses.Any(c => c.Occur == Occur.MUST);
        return clauses.Where(c => c.Occur != Occur.SHOULD || optionalMatter);
    }

    private static FixedBitSet Match(Query query, IndexReaderContext view, AtomicReaderContext segment)
    {
        var matches = new FixedBitSet(segment.AtomicReader.MaxDoc);
        switch (query)
        {
            case TermQuery term:
                AddPostings(term.Term, view, segment, matches);
                break;
            case DisjunctionMaxQuery any:
                foreach (var disjunct in any.Disjuncts)
                {
                    Union(disjunct, view, segment, matches);
                }

                break;
            case BooleanQuery boolean:
                return MatchBoolean(boolean, view, segment);
        }

        return matches;
    }

    /// <summary>Adds the query's matches to the set, straight from postings for a term.</summary>
    private static void Union(Query query, IndexReaderContext view, AtomicReaderContext segment, FixedBitSet matches)
    {
        if (query is TermQuery term)
        {
            AddPostings(term.Term, view, segment, matches);
        }
        else
        {
            matches.Or(Match(query, view, segment));
        }
    }

    private static FixedBitSet MatchBoolean(BooleanQuery boolean, IndexReaderContext view, AtomicReaderContext segment)
    {
        var clauses = Considered(boolean).ToList();
        var required = clauses.Where(c => c.Occur == Occur.MUST).ToList();
        var optional = clauses.Where(c => c.Occur == Occur.SHOULD).ToList();
        FixedBitSet? matches = null;
        foreach (var clause in required)
        {
            var clauseMatches = Match(clause.Query, view, segment);
            if (matches is null)
            {
                matches = clauseMatches;
            }
            else
            {
                matches.And(clauseMatches);
            }
        }

        if (optional.Count > 0)
        {
            var atLeast = Math.Max(1, boolean.MinimumNumberShouldMatch);
            var enough = atLeast == 1 ? AnyOf(optional, view, segment) : AtLeast(optional, atLeast, view, segment);
            if (matches is null)
            {
                matches = enough;
            }
            else
            {
                matches.And(enough);
            }
        }

        matches ??= new FixedBitSet(segment.AtomicReader.MaxDoc);
        foreach (var excluded in clauses.Where(c => c.Occur == Occur.MUST_NOT))
        {
            matches.AndNot(Match(excluded.Query, view, segment));
        }

        return matches;
    }

    private static FixedBitSet AnyOf(List<BooleanClause> clauses, IndexReaderContext view, AtomicReaderContext segment)
    {
        var matches = new FixedBitSet(segment.AtomicReader.MaxDoc);
        foreach (var clause in clauses)
        {
            Union(clause.Query, view, segment, matches);
        }

        return matches;
    }

    /// <summary>The documents matching at least <paramref name="atLeast"/> of the clauses.</summary>
    private static FixedBitSet AtLeast(List<BooleanClause> clauses, int atLeast, IndexReaderContext view, AtomicReaderContext segment)
    {
        var counts = new byte[segment.AtomicReader.MaxDoc];
        var matches = new FixedBitSet(segment.AtomicReader.MaxDoc);
        foreach (var clause in clauses)
        {
            var iterator = Match(clause.Query, view, segment).GetIterator();
            for (var doc = iterator.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = iterator.NextDoc())
            {
                if (++counts[doc] == atLeast)
                {
                    matches.Set(doc);
                }
            }
        }

        return matches;
    }

    /// <summary>Sets the bits of the live documents holding the term.</summary>
    private static void AddPostings(Term term, IndexReaderContext view, AtomicReaderContext segment, FixedBitSet matches)
    {
        if (TermPostings.Of(view, segment, term, segment.AtomicReader.LiveDocs, DocsFlags.NONE) is { } postings)
        {
            matches.Or(postings);
        }
    }
}
