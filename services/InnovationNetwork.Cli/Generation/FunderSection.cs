using System.Text.Json;

namespace InnovationNetwork.Cli.Generation;

/// <summary>Writes funders and where they are based.</summary>
internal sealed class FunderSection(GenerationWorld world, GraphLineWriter writer)
{
    private static readonly JsonEncodedText Label = JsonEncodedText.Encode("Funder");
    private static readonly JsonEncodedText LocatedIn = JsonEncodedText.Encode("LOCATED_IN");
    private static readonly string[] Kinds = ["public", "private", "charity", "combined_authority"];
    private static readonly int[] KindWeights = [35, 30, 20, 15];
    private static readonly string[] KindPhrases = ["A public agency", "A private investor", "A charity", "A combined authority fund"];

    private readonly TextBuffer _name = new();
    private readonly TextBuffer _text = new();

    public int Count => world.Funders;

    /// <summary>Funder nodes come after labs and firms in the organisation random streams.</summary>
    public void WriteNode(int funder)
    {
        var random = SplitMix64.For(world.Seed, RandomStream.OrganisationNode, world.Collaborators + funder);
        var kind = random.Weighted(KindWeights);
        var itl1 = UkRegions.Itl2[world.FunderItl2[funder]].Itl1;
        var specialisms = UkRegions.Itl1[itl1].Specialisms;
        var category = random.Chance(0.7) ? random.Pick(specialisms) : random.Next(SkillVocabulary.Categories.Length);

        _name.Clear();
        switch (kind)
        {
            case 0:
                OrganisationNames.AppendPlace(_name, ref random).Append(" Innovation Agency");
                break;
            case 1 when random.Chance(0.5):
                OrganisationNames.AppendSurname(_name, ref random).Append(" Capital Partners");
                break;
            case 1:
                OrganisationNames.AppendPlace(_name, ref random).Append(' ').Append(OrganisationNames.Trade(category, ref random)).Append(" Ventures");
                break;
            case 2:
                OrganisationNames.AppendSurname(_name, ref random).Append(" Foundation");
                break;
            default:
                OrganisationNames.AppendPlace(_name, ref random).Append(" Combined Authority Innovation Fund");
                break;
        }

        var json = writer.BeginNode(new NodeRef(EntityKind.Funder, funder), Label);
        json.WriteString(OrganisationFields.Name, _name.Span);
        json.WriteString(OrganisationFields.Description, _text.Clear().Append(KindPhrases[kind]).Append(" funding ")
            .Append(SkillVocabulary.Categories[category].Focus).Append(" projects in ").Append(UkRegions.Itl1[itl1].Name).Append('.').Span);
        json.WriteString(OrganisationFields.Kind, Kinds[kind]);
        if (random.Chance(0.9))
        {
            json.WriteString(OrganisationFields.Website, _text.Clear().Append("https://www.").AppendSlug(_name.Span).Append(".example").Span);
        }

        json.WriteBoolean(OrganisationFields.Synthetic, true);
        writer.EndNode();
    }

    public void WriteRelationships(int funder) =>
        writer.Relationship(LocatedIn, new NodeRef(EntityKind.Funder, funder), NodeRef.Itl2(world.FunderItl2[funder]));
}
