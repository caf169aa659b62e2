using InnovationNetwork.Search.Analysis;
using InnovationNetwork.Search.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace InnovationNetwork.Search.Querying;

/// <summary>The Lucene queries for one search: the strict one, and a relaxed one to fall back on when it finds nothing.</summary>
public sealed record BuiltSearchQuery(Query? Strict, Query? Relaxed)
{
    public bool IsEmpty => Strict is null;
}

/// <summary>
/// Builds queries from user text without any query syntax, so no input can make it throw. Each loose word
/// matches the stemmed, exact and (for unknown words) fuzzy forms across fields, weighted title &gt;
/// context &gt; description; synonym phrases found in the text match any phrase of their group; quoted
/// phrases must match. Most loose words must match (all of one or two); if nothing does, fewer will do.
/// Not thread-safe: build one per search.
/// </summary>
public sealed class SearchQueryBuilder(SynonymGroups synonyms, IndexReader reader)
{
    private const float TitleBoost = 3f;
    private const float TitleExactBoost = 4f;
    private const float ContextBoost = 1.5f;
    private const float BodyBoost = 1f;
    private const float TextExactBoost = 1.2f;
    private const float OtherSynonymBoost = 0.9f;
    private const float PrefixBoost = 1.5f;
    private const float ProximityBoost = 2f;
    private const int ProximitySlop = 3;
    private const int MinFuzzyLength = 4;
    private const int TwoEditsFromLength = 6;
    private const int FuzzyExpansions = 25;

    public BuiltSearchQuery Build(QueryText text)
    {
        var phrases = text.Phrases.Select(QuotedPhraseClause).OfType<Query>().ToList();
        var words = SearchAnalyzers.Analyze(SearchAnalyzers.Words, SearchFields.Body, text.Loose).Select(t => t.Term).ToList();
        var wordClauses = WordClauses(words, text.EndsMidWord);
        if (phrases.Count == 0 && wordClauses.Count == 0)
        {
            return new BuiltSearchQuery(null, null);
        }

        var strictMinimum = phrases.Count > 0 ? 0 : MinimumToMatch(wordClauses.Count);
        var proximity = ProximityBonus(text.Loose);
        var strict = Combine(phrases, wordClauses, strictMinimum, proximity);
        var relaxed = strictMinimum > 1 ? Combine(phrases, wordClauses, 1, proximity) : null;
        return new BuiltSearchQuery(strict, relaxed);
    }

    /// <summary>All of one or two words; about 60% of three or more ("robotic welding near Sheffield": 3 of 4).</summary>
    internal static int MinimumToMatch(int clauses) => clauses <= 2 ? clauses : (int)Math.Ceiling(clauses * 0.6);

    private static BooleanQuery Combine(List<Query> phrases, List<Query> wordClauses, int minimum, Query? proximity)
    {
        var query = new BooleanQuery();
        foreach (var phrase in phrases)
        {
            query.Add(phrase, Occur.MUST);
        }

        if (wordClauses.Count > 0)
        {
            query.Add(Words(wordClauses, minimum), phrases.Count > 0 ? Occur.SHOULD : Occur.MUST);
        }

        if (proximity is not null)
        {
            query.Add(proximity, Occur.SHOULD);
        }

        return query;
    }

    /// <summary>
    /// The word clauses, at least <paramref name="minimum"/> of them matching. Scored the same as a should-match
    /// group, but shaped for the cheaper scorers: one clause alone, and "all of them" as a conjunction (which
    /// leapfrogs the rarest word's postings) rather than a minimum-should-match disjunction.
    /// </summary>
    private static Query Words(List<Query> wordClauses, int minimum)
    {
        if (wordClauses.Count == 1 && minimum <= 1)
        {
            return wordClauses[0];
        }

        var all = minimum >= wordClauses.Count;
        var words = new BooleanQuery(disableCoord: all) { MinimumNumberShouldMatch = all ? 0 : minimum };
        foreach (var clause in wordClauses)
        {
            words.Add(clause, all ? Occur.MUST : Occur.SHOULD);
        }

        return words;
    }

    private List<Query> WordClauses(List<string> words, bool endsMidWord)
    {
        var clauses = new List<Query>();
        var matches = synonyms.Find(words).ToDictionary(m => m.Start);
        for (var i = 0; i < words.Count;)
        {
            if (matches.TryGetValue(i, out var match))
            {
                var typed = string.Join(' ', words.Skip(i).Take(match.Length));
                if (SynonymClause(match.Phrases, typed) is { } synonymClause)
                {
                    clauses.Add(synonymClause);
                }

                i += match.Length;
                continue;
            }

            if (WordClause(words[i], endsMidWord && i == words.Count - 1) is { } clause)
            {
                clauses.Add(clause);
            }

            i++;
        }

        return clauses;
    }

    private DisjunctionMaxQuery? WordClause(string word, bool stillTyping)
    {
        var stems = Terms(SearchAnalyzers.Stemmed, word);
        var exact = Terms(SearchAnalyzers.Exact, word);
        if (stems.Count == 0 && exact.Count == 0)
        {
            return null;
        }

        // Where the word is its own stem (the exact terms are the stemmed ones), an exact match in the
        // description is a stem match there too: the description clause carries the exact-word weight instead
        // of a second clause walking the unstemmed text's postings, which are as long as the description's.
        var ownStem = stems.SequenceEqual(exact, StringComparer.Ordinal);
        var any = new DisjunctionMaxQuery(0.1f);
        foreach (var stem in stems)
        {
            any.Add(Boosted(new TermQuery(new Term(SearchFields.Title, stem)), TitleBoost));
            any.Add(Boosted(new TermQuery(new Term(SearchFields.Context, stem)), ContextBoost));
            any.Add(Boosted(new TermQuery(new Term(SearchFields.Body, stem)), ownStem ? TextExactBoost : BodyBoost));
        }

        foreach (var term in exact)
        {
            any.Add(Boosted(new TermQuery(new Term(SearchFields.TitleExact, term)), TitleExactBoost));
            if (!ownStem)
            {
                any.Add(Boosted(new TermQuery(new Term(SearchFields.TextExact, term)), TextExactBoost));
            }

            AddFuzzyIfUnknown(any, term);
            if (stillTyping && term.Length is >= SearchAnalyzers.MinPrefixLength and <= SearchAnalyzers.MaxPrefixLength)
            {
                any.Add(Boosted(new TermQuery(new Term(SearchFields.TitlePrefix, term)), PrefixBoost));
            }
        }

        return any;
    }

    /// <summary>
    /// Typo tolerance where it is needed: a word no document contains is matched within one edit (words up to
    /// five letters) or two (longer words), on the unstemmed fields, since stems of misspellings are no help.
    /// Skipping known words keeps fuzzy expansion off the common path.
    /// </summary>
    private void AddFuzzyIfUnknown(DisjunctionMaxQuery any, string term)
    {
        if (term.Length < MinFuzzyLength
            || TermStates.Of(reader.Context, new Term(SearchFields.TitleExact, term)).DocFreq + TermStates.Of(reader.Context, new Term(SearchFields.TextExact, term)).DocFreq > 0)
        {
            return;
        }

        var edits = term.Length >= TwoEditsFromLength ? 2 : 1;
        any.Add(Boosted(new FuzzyQuery(new Term(SearchFields.TitleExact, term), edits, 0, FuzzyExpansions, true), TitleExactBoost * 0.6f));
        any.Add(Boosted(new FuzzyQuery(new Term(SearchFields.TextExact, term), edits, 0, FuzzyExpansions, true), TextExactBoost * 0.6f));
    }

    private static DisjunctionMaxQuery? SynonymClause(IReadOnlyList<string> phrases, string typed)
    {
        var any = new DisjunctionMaxQuery(0.1f);
        foreach (var phrase in phrases)
        {
            if (PhraseAcrossFields(phrase) is { } clause)
            {
                any.Add(Boosted(clause, phrase == typed ? 1f : OtherSynonymBoost));
            }
        }

        return any.Disjuncts.Count > 0 ? any : null;
    }

    private Query? QuotedPhraseClause(string phrase)
    {
        var words = Terms(SearchAnalyzers.Words, phrase);
        var matches = synonyms.Find(words);
        return matches.Count == 1 && matches[0].Length == words.Count
            ? SynonymClause(matches[0].Phrases, string.Join(' ', words))
            : PhraseAcrossFields(phrase);
    }

    /// <summary>The phrase's words in order (stop words leave their gap) in the title, context or description.</summary>
    private static DisjunctionMaxQuery? PhraseAcrossFields(string phrase)
    {
        var stems = SearchAnalyzers.Analyze(SearchAnalyzers.Stemmed, SearchFields.Body, phrase);
        if (stems.Count == 0)
        {
            return null;
        }

        var any = new DisjunctionMaxQuery(0.1f);
        any.Add(Boosted(Phrase(SearchFields.Title, stems, 0), TitleBoost));
        any.Add(Boosted(Phrase(SearchFields.Context, stems, 0), ContextBoost));
        any.Add(Boosted(Phrase(SearchFields.Body, stems, 0), BodyBoost));
        var exact = SearchAnalyzers.Analyze(SearchAnalyzers.Exact, SearchFields.TitleExact, phrase);
        if (exact.Count > 0)
        {
            any.Add(Boosted(Phrase(SearchFields.TitleExact, exact, 0), TitleExactBoost));
        }

        return any;
    }

    /// <summary>A bonus for documents where the loose words stand close together in the title or description.</summary>
    private static DisjunctionMaxQuery? ProximityBonus(string loose)
    {
        var stems = SearchAnalyzers.Analyze(SearchAnalyzers.Stemmed, SearchFields.Body, loose);
        if (stems.Count < 2)
        {
            return null;
        }

        var any = new DisjunctionMaxQuery(0f);
        any.Add(Boosted(Phrase(SearchFields.Title, stems, ProximitySlop), ProximityBoost * TitleBoost));
        any.Add(Boosted(Phrase(SearchFields.Body, stems, ProximitySlop), ProximityBoost));
        return any;
    }

    private static Query Phrase(string field, IReadOnlyList<(string Term, int Position)> terms, int slop)
    {
        if (terms.Count == 1)
        {
            return new TermQuery(new Term(field, terms[0].Term));
        }

        var phrase = new PhraseQuery { Slop = slop };
        foreach (var (term, position) in terms)
        {
            phrase.Add(new Term(field, term), position);
        }

        return phrase;
    }

    private static List<string> Terms(Lucene.Net.Analysis.Analyzer analyzer, string text) =>
        SearchAnalyzers.Analyze(analyzer, SearchFields.Body, text).Select(t => t.Term).ToList();

    private static Query Boosted(Query query, float boost)
    {
        query.Boost = boost;
        return query;
    }
}
