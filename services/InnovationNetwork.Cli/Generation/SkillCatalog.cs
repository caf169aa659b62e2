using System.Globalization;

namespace InnovationNetwork.Cli.Generation;

/// <summary>
/// The generated skills: contiguous index ranges per category, unique names, and Zipf-skewed popularity within
/// each category so a few skills are held widely and most are rare, as in real skill taxonomies.
/// </summary>
internal sealed class SkillCatalog
{
    private const int DrawAttempts = 8;

    private readonly int[] _start;
    private readonly double[] _cumulative;
    private readonly byte[] _category;

    public SkillCatalog(int count)
    {
        var categories = SkillVocabulary.Categories.Length;
        Count = count;
        _start = new int[categories + 1];
        for (var c = 0; c < categories; c++)
        {
            _start[c + 1] = _start[c] + (count / categories) + (c < count % categories ? 1 : 0);
        }

        Names = new string[count];
        _category = new byte[count];
        _cumulative = new double[count];
        for (var c = 0; c < categories; c++)
        {
            var total = 0.0;
            for (var k = _start[c]; k < _start[c + 1]; k++)
            {
                var rank = k - _start[c];
                // Zipf with exponent 1; plain division keeps it bit-identical on every platform.
                total += 1.0 / (rank + 1);
                _cumulative[k] = total;
                _category[k] = (byte)c;
                Names[k] = ComposeName(c, rank);
            }
        }
    }

    public int Count { get; }

    /// <summary>Skill names by index; unique across the catalog.</summary>
    public string[] Names { get; }

    public int CategoryOf(int skill) => _category[skill];

    /// <summary>The technique and domain a skill's name was built from (for aliases and descriptions).</summary>
    public static (string Technique, string Domain, int Variant) Parts(int category, int rank)
    {
        var domains = SkillVocabulary.Categories[category].Domains;
        var techniques = SkillVocabulary.Techniques;
        var capacity = domains.Length * techniques.Length;
        var combo = rank % capacity;
        var domain = combo % domains.Length;
        // Shifting the technique by domain spreads techniques over the popular (low-rank) skills.
        var technique = ((combo / domains.Length) + (domain * 7)) % techniques.Length;
        return (techniques[technique], domains[domain], rank / capacity);
    }

    public int RankOf(int skill) => skill - _start[_category[skill]];

    /// <summary>Any skill of the category with equal chance (or any skill at all when the category is empty).</summary>
    public int Uniform(int category, ref SplitMix64 random)
    {
        var size = _start[category + 1] - _start[category];
        return size == 0 ? random.Next(Count) : _start[category] + random.Next(size);
    }

    /// <summary>A skill of the category, popular ones more often, not already in <paramref name="taken"/>.</summary>
    public int Draw(int category, ref SplitMix64 random, ReadOnlySpan<int> taken)
    {
        var start = _start[category];
        var end = _start[category + 1];
        if (end == start)
        {
            return DrawAnyFree(ref random, taken);
        }

        for (var attempt = 0; attempt < DrawAttempts; attempt++)
        {
            var skill = Search(start, end, random.NextDouble() * _cumulative[end - 1]);
            if (!taken.Contains(skill))
            {
                return skill;
            }
        }

        return DrawAnyFree(ref random, taken);
    }

    private int Search(int start, int end, double target)
    {
        // _cumulative restarts at each category, so the search stays inside [start, end).
        var index = Array.BinarySearch(_cumulative, start, end - start, target);
        index = index >= 0 ? index + 1 : ~index;
        return Math.Min(index, end - 1);
    }

    private int DrawAnyFree(ref SplitMix64 random, ReadOnlySpan<int> taken)
    {
        // Callers never take more than a dozen skills and the catalog holds at least MinimumSkills, so this ends.
        var skill = random.Next(Count);
        while (taken.Contains(skill))
        {
            skill = (skill + 1) % Count;
        }

        return skill;
    }

    private static string ComposeName(int category, int rank)
    {
        var (technique, domain, variant) = Parts(category, rank);
        var name = technique + " " + domain;
        return variant == 0 ? name : name + " " + (variant + 1).ToString(CultureInfo.InvariantCulture);
    }
}
