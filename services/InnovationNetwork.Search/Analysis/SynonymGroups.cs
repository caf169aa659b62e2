using System.Collections.Frozen;
using System.Reflection;

namespace InnovationNetwork.Search.Analysis;

/// <summary>
/// Groups of phrases that mean the same thing ("ai" = "artificial intelligence"), from the domain list in
/// <c>graph-schema/synonyms.txt</c> and from each skill's name and aliases. Applied at query time: the query's
/// words are scanned for any phrase of a group (longest first) and that stretch of the query is matched by
/// every phrase of the group. Query-time expansion keeps the index independent of the lists, so editing a
/// skill's aliases takes effect on the next query. Immutable and thread-safe.
/// </summary>
public sealed class SynonymGroups
{
    private readonly FrozenDictionary<string, List<Entry>> _byFirstWord;

    private SynonymGroups(IEnumerable<IReadOnlyList<string>> groups)
    {
        var byFirstWord = new Dictionary<string, List<Entry>>(StringComparer.Ordinal);
        foreach (var (phrase, texts) in Expansions(groups))
        {
            var words = phrase.Split(' ');
            if (!byFirstWord.TryGetValue(words[0], out var entries))
            {
                byFirstWord[words[0]] = entries = [];
            }

            entries.Add(new Entry(words, texts));
        }

        foreach (var entries in byFirstWord.Values)
        {
            entries.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
        }

        _byFirstWord = byFirstWord.ToFrozenDictionary(StringComparer.Ordinal);
    }

    public static SynonymGroups Empty { get; } = new([]);

    /// <summary>The domain list shipped with the service plus the given groups (skill names with their aliases).</summary>
    public static SynonymGroups WithDomainList(IEnumerable<IReadOnlyList<string>> extraGroups) =>
        new(ReadDomainList().Concat(extraGroups));

    /// <summary>Parses the synonyms file format: one comma-separated group per line, # comments.</summary>
    public static IEnumerable<IReadOnlyList<string>> Parse(TextReader reader)
    {
        while (reader.ReadLine() is { } line)
        {
            var text = line.Trim();
            if (text.Length == 0 || text.StartsWith('#'))
            {
                continue;
            }

            yield return text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        }
    }

    /// <summary>
    /// Normalises every phrase to its folded words and gives each phrase the phrases of every group it is in
    /// (the domain list's "ai" group and a skill whose alias is "AI" both expand "ai"). Groups are not merged
    /// transitively: a short alias several skills share ("AC" for "Applied Casting", "Adaptive Control", …)
    /// expands to all of them when typed itself, but does not chain those skills into one group, which made
    /// every one of their names expand to dozens of unrelated phrases (and cost seconds per query on a large
    /// generated graph).
    /// </summary>
    private static Dictionary<string, string[]> Expansions(IEnumerable<IReadOnlyList<string>> groups)
    {
        var expansions = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var group in groups)
        {
            var phrases = group.Select(p => string.Join(' ', SearchAnalyzers.Analyze(SearchAnalyzers.Words, "", p).Select(t => t.Term)))
                .Where(p => p.Length > 0).Distinct(StringComparer.Ordinal).ToList();
            if (phrases.Count < 2)
            {
                continue;
            }

            foreach (var phrase in phrases)
            {
                if (!expansions.TryGetValue(phrase, out var expansion))
                {
                    expansions[phrase] = expansion = [];
                }

                expansion.AddRange(phrases.Where(p => !expansion.Contains(p, StringComparer.Ordinal)));
            }
        }

        return expansions.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);
    }

    /// <summary>
    /// Finds the synonym phrases in a query's words (as <see cref="SearchAnalyzers.Words"/> makes them),
    /// longest match first, without overlaps.
    /// </summary>
    public IReadOnlyList<SynonymMatch> Find(IReadOnlyList<string> words)
    {
        var matches = new List<SynonymMatch>();
        for (var start = 0; start < words.Count;)
        {
            var match = LongestAt(words, start);
            if (match is null)
            {
                start++;
                continue;
            }

            matches.Add(match);
            start += match.Length;
        }

        return matches;
    }

    private SynonymMatch? LongestAt(IReadOnlyList<string> words, int start)
    {
        if (!_byFirstWord.TryGetValue(words[start], out var entries))
        {
            return null;
        }

        foreach (var entry in entries)
        {
            if (start + entry.Words.Length <= words.Count && Matches(entry.Words, words, start))
            {
                return new SynonymMatch(start, entry.Words.Length, entry.GroupPhrases);
            }
        }

        return null;
    }

    private static bool Matches(string[] phrase, IReadOnlyList<string> words, int start)
    {
        for (var i = 0; i < phrase.Length; i++)
        {
            if (!string.Equals(phrase[i], words[start + i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private static List<IReadOnlyList<string>> ReadDomainList()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("InnovationNetwork.Search.synonyms.txt")
            ?? throw new InvalidOperationException("the synonyms list is not embedded in the search assembly");
        using var reader = new StreamReader(stream);
        return Parse(reader).ToList();
    }

    private sealed record Entry(string[] Words, string[] GroupPhrases);
}

/// <summary>Words <see cref="Start"/>..<see cref="Start"/>+<see cref="Length"/> of a query are one of <see cref="Phrases"/>.</summary>
public sealed record SynonymMatch(int Start, int Length, IReadOnlyList<string> Phrases);
