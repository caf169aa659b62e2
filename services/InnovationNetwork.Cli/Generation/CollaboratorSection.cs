using System.Text.Json;

namespace InnovationNetwork.Cli.Generation;

/// <summary>Writes labs and firms, and their LOCATED_IN, HAS_SKILL and NEEDS_SKILL relationships.</summary>
internal sealed class CollaboratorSection(GenerationWorld world, GraphLineWriter writer)
{
    private static readonly JsonEncodedText LabLabel = JsonEncodedText.Encode("Lab");
    private static readonly JsonEncodedText FirmLabel = JsonEncodedText.Encode("Firm");
    private static readonly JsonEncodedText LocatedIn = JsonEncodedText.Encode("LOCATED_IN");
    private static readonly JsonEncodedText HasSkill = JsonEncodedText.Encode("HAS_SKILL");
    private static readonly JsonEncodedText NeedsSkill = JsonEncodedText.Encode("NEEDS_SKILL");
    private static readonly JsonEncodedText Level = JsonEncodedText.Encode("level");
    private static readonly JsonEncodedText Priority = JsonEncodedText.Encode("priority");
    private static readonly JsonEncodedText Sector = JsonEncodedText.Encode("sector");
    private static readonly JsonEncodedText Size = JsonEncodedText.Encode("size");
    private static readonly JsonEncodedText Employees = JsonEncodedText.Encode("employees");
    private static readonly string[] SectorLetters = [.. Enumerable.Range('A', 21).Select(c => ((char)c).ToString())];

    private readonly OrganisationSkills _skills = new();
    private readonly TextBuffer _name = new();
    private readonly TextBuffer _text = new();
    private readonly LabWriter _labs = new(world.Catalog);

    public int Count => world.Collaborators;

    public void WriteNode(int collaborator)
    {
        var skills = world.Organisations.Draw(collaborator, _skills);
        var random = SplitMix64.For(world.Seed, RandomStream.OrganisationNode, collaborator);
        var place = UkRegions.Itl2[world.CollaboratorItl2[collaborator]].Name;
        if (world.IsLab(collaborator))
        {
            _labs.Write(writer.BeginNode(world.Collaborator(collaborator), LabLabel), skills, place, ref random);
        }
        else
        {
            WriteFirm(writer.BeginNode(world.Collaborator(collaborator), FirmLabel), skills, place, ref random);
        }

        writer.EndNode();
    }

    public void WriteRelationships(int collaborator)
    {
        var self = world.Collaborator(collaborator);
        writer.Relationship(LocatedIn, self, NodeRef.Itl2(world.CollaboratorItl2[collaborator]));
        var skills = world.Organisations.Draw(collaborator, _skills);
        for (var i = 0; i < skills.HeldCount + skills.NeededCount; i++)
        {
            var held = i < skills.HeldCount;
            writer.BeginRelationship(held ? HasSkill : NeedsSkill, self, new NodeRef(EntityKind.Skill, skills.Skills[i]))
                .WriteNumber(held ? Level : Priority, skills.Grades[i]);
            writer.EndRelationship();
        }
    }

    private void WriteFirm(Utf8JsonWriter json, OrganisationSkills skills, string place, ref SplitMix64 random)
    {
        var size = FirmProfile.DrawSize(ref random);
        var sector = FirmProfile.DrawSector(ref random);
        _name.Clear();
        if (random.Chance(0.8))
        {
            OrganisationNames.AppendPlace(_name, ref random);
        }
        else
        {
            OrganisationNames.AppendSurname(_name, ref random).Append(" & ");
            OrganisationNames.AppendSurname(_name, ref random);
        }

        _name.Append(' ').Append(OrganisationNames.Trade(skills.PrimaryCategory, ref random)).Append(FirmProfile.Suffix(size, ref random));
        json.WriteString(OrganisationFields.Name, _name.Span);

        // The description names the firm's skills so full-text search finds it by what it does.
        _text.Clear().Append(_name.Span).Append(" is a ").Append(FirmProfile.Sizes[size]).Append(' ')
            .Append(FirmProfile.SectorPhrases[sector]).Append(" business in ").Append(place).Append(" working in ")
            .AppendList(skills.Held[..Math.Min(4, skills.HeldCount)], world.Catalog.Names).Append('.');
        if (skills.NeededCount > 0)
        {
            _text.Append(" It is looking for expertise in ").AppendList(skills.Needed, world.Catalog.Names).Append('.');
        }

        json.WriteString(OrganisationFields.Description, _text.Span);
        json.WriteString(Sector, SectorLetters[sector]);
        json.WriteString(Size, FirmProfile.Sizes[size]);
        json.WriteNumber(Employees, FirmProfile.DrawEmployees(size, ref random));
        json.WriteNumber(OrganisationFields.Founded, FirmProfile.DrawFounded(size, ref random));
        if (random.Chance(0.7))
        {
            json.WriteString(OrganisationFields.Website, _text.Clear().Append("https://www.").AppendSlug(_name.Span).Append(".example").Span);
        }

        json.WriteBoolean(OrganisationFields.OpenToCollaboration, random.Chance(0.85));
        json.WriteBoolean(OrganisationFields.Synthetic, true);
    }
}
