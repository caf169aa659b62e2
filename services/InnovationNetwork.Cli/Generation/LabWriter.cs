using System.Text.Json;

namespace InnovationNetwork.Cli.Generation;

/// <summary>Writes a lab's properties: kind, a name built from its main skill, staff, facilities.</summary>
internal sealed class LabWriter(SkillCatalog catalog)
{
    private static readonly string[] Kinds = ["university", "catapult", "rto", "public", "corporate", "other"];
    private static readonly int[] KindWeights = [40, 6, 16, 14, 16, 8];

    private static readonly string[] KindPhrases =
    [
        "A university research centre", "A technology and innovation centre", "An independent research and technology organisation",
        "A public research laboratory", "A corporate research lab", "An innovation hub",
    ];

    private static readonly (int Min, int Max)[] StaffRanges = [(20, 800), (100, 1200), (20, 900), (30, 2000), (5, 400), (3, 150)];

    private static readonly JsonEncodedText Staff = JsonEncodedText.Encode("staff");
    private static readonly JsonEncodedText Facilities = JsonEncodedText.Encode("facilities");

    private readonly TextBuffer _name = new();
    private readonly TextBuffer _text = new();

    public void Write(Utf8JsonWriter json, OrganisationSkills skills, string place, ref SplitMix64 random)
    {
        var kind = random.Weighted(KindWeights);
        var main = skills.Skills[0];
        var (_, domain, _) = SkillCatalog.Parts(catalog.CategoryOf(main), catalog.RankOf(main));
        AppendName(_name.Clear(), kind, domain, ref random);
        json.WriteString(OrganisationFields.Name, _name.Span);
        json.WriteString(OrganisationFields.Kind, Kinds[kind]);

        var available = SkillVocabulary.Categories[skills.PrimaryCategory].Facilities;
        var facilities = random.Between(0, Math.Min(3, available.Length));
        var firstFacility = random.Next(available.Length);

        _text.Clear().Append(KindPhrases[kind]).Append(" in ").Append(place).Append(" specialising in ")
            .AppendList(skills.Held[..Math.Min(5, skills.HeldCount)], catalog.Names).Append('.');
        if (facilities > 0)
        {
            _text.Append(" Partners can use its ").Append(available[firstFacility]).Append('.');
        }

        json.WriteString(OrganisationFields.Description, _text.Span);
        json.WriteNumber(OrganisationFields.Founded, kind switch
        {
            0 => random.Between(1850, 2015),
            // The Catapult centres were set up between 2011 and 2018.
            1 => random.Between(2011, 2018),
            _ => random.Between(1950, 2024),
        });
        json.WriteNumber(Staff, random.Between(StaffRanges[kind].Min, StaffRanges[kind].Max));
        if (facilities > 0)
        {
            json.WriteStartArray(Facilities);
            for (var i = 0; i < facilities; i++)
            {
                // Consecutive entries from a random start are distinct without a set.
                json.WriteStringValue(available[(firstFacility + i) % available.Length]);
            }

            json.WriteEndArray();
        }

        if (random.Chance(0.9))
        {
            json.WriteString(OrganisationFields.Website, _text.Clear().Append("https://www.").AppendSlug(_name.Span).Append(".example").Span);
        }

        json.WriteBoolean(OrganisationFields.OpenToCollaboration, random.Chance(0.92));
        json.WriteBoolean(OrganisationFields.Synthetic, true);
    }

    private static void AppendName(TextBuffer name, int kind, string domain, ref SplitMix64 random)
    {
        switch (kind)
        {
            case 0 when random.Chance(0.5):
                OrganisationNames.AppendPlace(name.Append("University of "), ref random).Append(' ').Append(domain).Append(" Research Centre");
                break;
            case 0:
                OrganisationNames.AppendPlace(name, ref random).Append(" University Centre for ").Append(domain);
                break;
            case 1:
                OrganisationNames.AppendPlace(name, ref random).Append(' ').Append(domain).Append(" Technology Centre");
                break;
            case 2:
                OrganisationNames.AppendPlace(name, ref random).Append(" Institute for ").Append(domain);
                break;
            case 3:
                OrganisationNames.AppendPlace(name, ref random).Append(" National Laboratory for ").Append(domain);
                break;
            case 4:
                OrganisationNames.AppendSurname(name, ref random).Append(' ').Append(domain).Append(" Labs");
                break;
            default:
                OrganisationNames.AppendPlace(name, ref random).Append(' ').Append(domain).Append(" Innovation Hub");
                break;
        }
    }
}
