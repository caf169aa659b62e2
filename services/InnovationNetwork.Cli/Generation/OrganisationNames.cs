namespace InnovationNetwork.Cli.Generation;

/// <summary>
/// Word lists for plausible but invented organisation names ("Northbridge Photonics Ltd"); place names are
/// compounds, so generated names rarely coincide with real organisations.
/// </summary>
internal static class OrganisationNames
{
    private static readonly string[] PlaceStarts =
    [
        "North", "South", "East", "West", "Ash", "Oak", "Stone", "River", "Bridge", "Kings", "Queens", "High",
        "Mill", "Brook", "Elm", "Hazel", "Fern", "Iron", "Silver", "Red", "Green", "Black", "White", "Long",
        "Fair", "Bright", "Clear", "Lark", "Swan", "Heron", "Thorn", "Wolf",
    ];

    private static readonly string[] PlaceEnds =
    [
        "bridge", "field", "ford", "gate", "wood", "stone", "haven", "wick", "dale", "moor", "mere", "well",
        "holm", "ley", "worth", "bury", "ton", "combe", "hurst", "stead",
    ];

    private static readonly string[] Surnames =
    [
        "Ainsworth", "Bramley", "Calder", "Dunmore", "Ellison", "Fairbairn", "Galloway", "Hartley", "Ingram",
        "Jessop", "Kendrick", "Lindley", "Marsden", "Norbury", "Oakley", "Pennington", "Quayle", "Radcliffe",
        "Sinclair", "Thornton", "Underwood", "Vickers", "Whitfield", "Yardley", "Achebe", "Banerjee", "Chowdhury",
        "Okafor", "Kaur", "Nakamura", "Kowalski", "Murray",
    ];

    public static TextBuffer AppendPlace(TextBuffer text, ref SplitMix64 random) =>
        text.Append(random.Pick(PlaceStarts)).Append(random.Pick(PlaceEnds));

    public static TextBuffer AppendSurname(TextBuffer text, ref SplitMix64 random) => text.Append(random.Pick(Surnames));

    /// <summary>A trade word for the category ("Photonics"), for firm and lab names.</summary>
    public static string Trade(int category, ref SplitMix64 random) => random.Pick(SkillVocabulary.Categories[category].Trades);
}
