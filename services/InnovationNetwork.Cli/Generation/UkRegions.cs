namespace InnovationNetwork.Cli.Generation;

/// <summary>An ITL1 region and the skill categories it specialises in (indexes into <see cref="SkillVocabulary.Categories"/>).</summary>
internal sealed record Itl1Region(string Code, string Name, string GssCode, int[] Specialisms);

/// <summary>An ITL2 region; <paramref name="Weight"/> is roughly its population in 100,000s, nudged for innovation density.</summary>
internal sealed record Itl2Region(string Code, string Name, int Itl1, int Weight);

/// <summary>
/// The real UK ITL structure (ITL1 and 2025 ITL2 codes from the shared reference facts), so generated
/// organisations attach to the same <c>region:&lt;code&gt;</c> ids as the real seed.
/// </summary>
internal static class UkRegions
{
    public const string NationId = "region:UK";
    public const string NationName = "United Kingdom";

    // Specialisms follow the reference facts: e.g. offshore wind and process industries in the North East,
    // compound semiconductors in Wales, the life-sciences and digital clusters of the golden triangle.
    public static readonly Itl1Region[] Itl1 =
    [
        new("TLC", "North East", "E12000001", [SkillVocabulary.CleanEnergy, SkillVocabulary.Chemistry, SkillVocabulary.Digital]),
        new("TLD", "North West", "E12000002", [SkillVocabulary.Chemistry, SkillVocabulary.LifeSciences, SkillVocabulary.Manufacturing]),
        new("TLE", "Yorkshire and The Humber", "E12000003", [SkillVocabulary.Manufacturing, SkillVocabulary.HealthTech, SkillVocabulary.CleanEnergy]),
        new("TLF", "East Midlands", "E12000004", [SkillVocabulary.Space, SkillVocabulary.Transport, SkillVocabulary.Manufacturing]),
        new("TLG", "West Midlands", "E12000005", [SkillVocabulary.Manufacturing, SkillVocabulary.Transport, SkillVocabulary.Creative]),
        new("TLH", "East of England", "E12000006", [SkillVocabulary.LifeSciences, SkillVocabulary.AgriFood, SkillVocabulary.Digital]),
        new("TLI", "London", "E12000007", [SkillVocabulary.Digital, SkillVocabulary.LifeSciences, SkillVocabulary.Creative]),
        new("TLJ", "South East", "E12000008", [SkillVocabulary.Space, SkillVocabulary.Digital, SkillVocabulary.CleanEnergy]),
        new("TLK", "South West", "E12000009", [SkillVocabulary.Manufacturing, SkillVocabulary.Digital, SkillVocabulary.Marine]),
        new("TLL", "Wales", "W92000004", [SkillVocabulary.Electronics, SkillVocabulary.CleanEnergy]),
        new("TLM", "Scotland", "S92000003", [SkillVocabulary.CleanEnergy, SkillVocabulary.Electronics, SkillVocabulary.LifeSciences]),
        new("TLN", "Northern Ireland", "N92000002", [SkillVocabulary.HealthTech, SkillVocabulary.Digital]),
    ];

    public static readonly Itl2Region[] Itl2 =
    [
        new("TLC3", "Tees Valley", 0, 7),
        new("TLC4", "Northumberland, Durham and Tyne & Wear", 0, 20),
        new("TLD1", "Cumbria", 1, 5),
        new("TLD3", "Greater Manchester", 1, 33),
        new("TLD4", "Lancashire", 1, 15),
        new("TLD6", "Cheshire", 1, 10),
        new("TLD7", "Merseyside", 1, 15),
        new("TLE1", "East Yorkshire and Northern Lincolnshire", 2, 9),
        new("TLE2", "North Yorkshire", 2, 8),
        new("TLE3", "South Yorkshire", 2, 14),
        new("TLE4", "West Yorkshire", 2, 24),
        new("TLF1", "Derbyshire and Nottinghamshire", 3, 22),
        new("TLF2", "Leicestershire, Rutland and Northamptonshire", 3, 18),
        new("TLF3", "Lincolnshire", 3, 8),
        new("TLG1", "Herefordshire, Worcestershire and Warwickshire", 4, 14),
        new("TLG2", "Shropshire and Staffordshire", 4, 16),
        new("TLG3", "West Midlands", 4, 30),
        new("TLH2", "Bedfordshire and Hertfordshire", 5, 19),
        new("TLH3", "Essex", 5, 18),
        new("TLH4", "Cambridgeshire and Peterborough", 5, 14),
        new("TLH5", "Norfolk", 5, 9),
        new("TLH6", "Suffolk", 5, 8),
        new("TLI3", "Inner London – West", 6, 22),
        new("TLI4", "Inner London – East", 6, 33),
        new("TLI5", "Outer London – East and North East", 6, 26),
        new("TLI6", "Outer London – South", 6, 18),
        new("TLI7", "Outer London – West and North West", 6, 28),
        new("TLJ1", "Berkshire, Buckinghamshire and Oxfordshire", 7, 30),
        new("TLJ2", "Surrey, East and West Sussex", 7, 32),
        new("TLJ3", "Hampshire and Isle of Wight", 7, 22),
        new("TLJ4", "Kent", 7, 20),
        new("TLK3", "Cornwall and Isles of Scilly", 8, 6),
        new("TLK4", "Devon", 8, 12),
        new("TLK5", "West of England", 8, 12),
        new("TLK6", "North Somerset, Somerset and Dorset", 8, 14),
        new("TLK7", "Gloucestershire and Wiltshire", 8, 14),
        new("TLL3", "North Wales", 9, 7),
        new("TLL4", "Mid and South West Wales", 9, 9),
        new("TLL5", "South East Wales", 9, 15),
        new("TLM0", "Eastern Scotland", 10, 15),
        new("TLM1", "East Central Scotland", 10, 9),
        new("TLM2", "Highlands and Islands", 10, 5),
        new("TLM3", "West Central Scotland", 10, 18),
        new("TLM5", "North Eastern Scotland", 10, 5),
        new("TLM9", "Southern Scotland", 10, 3),
        new("TLN0", "Northern Ireland", 11, 19),
    ];

    /// <summary>Neighbouring ITL1 regions (indexes into <see cref="Itl1"/>), each pair once.</summary>
    public static readonly (int A, int B)[] Borders =
    [
        (0, 1), (0, 2), (0, 10), (1, 2), (1, 3), (1, 4), (1, 9), (1, 10), (2, 3), (3, 4), (3, 5), (3, 7),
        (4, 7), (4, 8), (4, 9), (5, 6), (5, 7), (6, 7), (7, 8), (8, 9),
    ];

    private static readonly HashSet<string> GoldenTriangle = new(StringComparer.Ordinal) { "TLI", "TLJ1", "TLH4" };

    public static bool IsGoldenTriangle(string code) => GoldenTriangle.Contains(code);
}
