namespace InnovationNetwork.Cli.Generation;

/// <summary>Firm attributes that must agree with each other: size band, employees, legal suffix, sector.</summary>
internal static class FirmProfile
{
    public static readonly string[] Sizes = ["micro", "small", "medium", "large"];

    /// <summary>UK SIC 2007 sections A–U with a short description each.</summary>
    public static readonly string[] SectorPhrases =
    [
        "agriculture", "mining and quarrying", "manufacturing", "energy supply", "water and waste management",
        "construction", "wholesale and retail", "transport and storage", "accommodation and food",
        "information and communication", "financial services", "real estate", "professional, scientific and technical services",
        "administrative and support services", "public administration", "education", "health and social care",
        "arts and recreation", "other services", "household activities", "extraterritorial organisations",
    ];

    // Innovation-active firms concentrate in manufacturing (C), ICT (J), professional and technical (M) and health (Q).
    private static readonly int[] SectorWeights = [2, 1, 24, 2, 1, 4, 5, 2, 1, 20, 3, 1, 22, 3, 1, 2, 8, 2, 1, 0, 0];
    private static readonly int[] SizeWeights = [55, 28, 12, 5];

    public static int DrawSector(ref SplitMix64 random) => random.Weighted(SectorWeights);

    public static int DrawSize(ref SplitMix64 random) => random.Weighted(SizeWeights);

    /// <summary>Employees inside the band the schema states: micro &lt; 10, small &lt; 50, medium &lt; 250, large ≥ 250.</summary>
    public static int DrawEmployees(int size, ref SplitMix64 random) => size switch
    {
        0 => random.Between(1, 9),
        1 => random.Between(10, 49),
        2 => random.Between(50, 249),
        // Large firms span 250 to ~20,000 staff, most near the bottom of the range.
        _ => LargeEmployees(random.NextDouble()),
    };

    // Plain multiplication rather than Math.Pow, whose last bit may differ between platforms.
    private static int LargeEmployees(double u) => 250 + (int)(19_750 * u * u * u);

    public static int DrawFounded(int size, ref SplitMix64 random) => size switch
    {
        0 => random.Between(2000, 2025),
        1 => random.Between(1985, 2024),
        2 => random.Between(1960, 2020),
        _ => random.Between(1900, 2015),
    };

    public static string Suffix(int size, ref SplitMix64 random) => size switch
    {
        < 2 => random.Chance(0.8) ? " Ltd" : " Limited",
        2 => random.Chance(0.7) ? " Ltd" : " Group Ltd",
        _ => random.Chance(0.6) ? " plc" : " Group plc",
    };
}
