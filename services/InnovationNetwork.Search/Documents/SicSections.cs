namespace InnovationNetwork.Search.Documents;

/// <summary>UK SIC 2007 section titles, so a firm in section C is found by "manufacturing".</summary>
internal static class SicSections
{
    private static readonly Dictionary<string, string> Titles = new(StringComparer.Ordinal)
    {
        ["A"] = "Agriculture, forestry and fishing",
        ["B"] = "Mining and quarrying",
        ["C"] = "Manufacturing",
        ["D"] = "Electricity, gas, steam and air conditioning supply",
        ["E"] = "Water supply, sewerage, waste management and remediation",
        ["F"] = "Construction",
        ["G"] = "Wholesale and retail trade",
        ["H"] = "Transportation and storage",
        ["I"] = "Accommodation and food service",
        ["J"] = "Information and communication",
        ["K"] = "Financial and insurance",
        ["L"] = "Real estate",
        ["M"] = "Professional, scientific and technical",
        ["N"] = "Administrative and support services",
        ["O"] = "Public administration and defence",
        ["P"] = "Education",
        ["Q"] = "Human health and social work",
        ["R"] = "Arts, entertainment and recreation",
        ["S"] = "Other service activities",
        ["T"] = "Households as employers",
        ["U"] = "Extraterritorial organisations",
    };

    public static string? NameOf(string? section) => section is null ? null : Titles.GetValueOrDefault(section);
}
