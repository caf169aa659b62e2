using System.Text.Json;

namespace InnovationNetwork.Cli.Generation;

/// <summary>Writes skills (name, category, description, aliases) and the RELATED_TO links between them.</summary>
internal sealed class SkillSection(GenerationWorld world, GraphLineWriter writer)
{
    private const int LinksPerSkill = 2;
    private const int Attempts = 4;

    private static readonly JsonEncodedText Label = JsonEncodedText.Encode("Skill");
    private static readonly JsonEncodedText RelatedTo = JsonEncodedText.Encode("RELATED_TO");
    private static readonly JsonEncodedText Name = JsonEncodedText.Encode("name");
    private static readonly JsonEncodedText Category = JsonEncodedText.Encode("category");
    private static readonly JsonEncodedText Description = JsonEncodedText.Encode("description");
    private static readonly JsonEncodedText Aliases = JsonEncodedText.Encode("aliases");
    private static readonly JsonEncodedText Weight = JsonEncodedText.Encode("weight");
    private static readonly int[] AliasWeights = [3, 4, 2, 1];

    private readonly TextBuffer _text = new();

    // Only asked "is this pair written?", never enumerated, so its ordering cannot leak into the output.
    private readonly HashSet<long> _pairs = [];

    public int Count => world.Catalog.Count;

    public void WriteNode(int skill)
    {
        var catalog = world.Catalog;
        var random = SplitMix64.For(world.Seed, RandomStream.SkillNode, skill);
        var category = SkillVocabulary.Categories[catalog.CategoryOf(skill)];
        var (technique, domain, _) = SkillCatalog.Parts(catalog.CategoryOf(skill), catalog.RankOf(skill));

        var json = writer.BeginNode(new NodeRef(EntityKind.Skill, skill), Label);
        json.WriteString(Name, catalog.Names[skill]);
        json.WriteString(Category, category.Name);
        _text.Clear().Append(catalog.Names[skill]).Append(" covers ").Append(technique.ToLowerInvariant())
            .Append(" approaches to ").Append(domain.ToLowerInvariant()).Append(", within ").Append(category.Focus).Append('.');
        json.WriteString(Description, _text.Span);

        var aliases = random.Weighted(AliasWeights);
        if (aliases > 0)
        {
            json.WriteStartArray(Aliases);
            json.WriteStringValue(_text.Clear().AppendInitials(technique).AppendInitials(domain).Span);
            if (aliases > 1)
            {
                json.WriteStringValue(_text.Clear().Append(domain).Append(" (").Append(technique.ToLowerInvariant()).Append(')').Span);
            }

            if (aliases > 2)
            {
                json.WriteStringValue(_text.Clear().Append(technique).Append(' ').Append(domain).Append(" techniques").Span);
            }

            json.WriteEndArray();
        }

        writer.EndNode();
    }

    public void WriteRelationships(int skill)
    {
        var catalog = world.Catalog;
        var random = SplitMix64.For(world.Seed, RandomStream.SkillRelations, skill);
        var category = catalog.CategoryOf(skill);
        for (var link = 0; link < LinksPerSkill; link++)
        {
            for (var attempt = 0; attempt < Attempts; attempt++)
            {
                // Mostly within the category, which is what lets matching give partial credit to near neighbours.
                var sameCategory = random.Chance(0.8);
                var other = sameCategory ? catalog.Uniform(category, ref random) : random.Next(catalog.Count);
                var key = ((long)Math.Min(skill, other) << 32) | (uint)Math.Max(skill, other);
                if (other == skill || !_pairs.Add(key))
                {
                    continue;
                }

                var weight = sameCategory ? random.Between(50, 90) : random.Between(20, 50);
                writer.BeginRelationship(RelatedTo, new NodeRef(EntityKind.Skill, skill), new NodeRef(EntityKind.Skill, other))
                    .WriteNumber(Weight, weight / 100.0);
                writer.EndRelationship();
                break;
            }
        }
    }
}
