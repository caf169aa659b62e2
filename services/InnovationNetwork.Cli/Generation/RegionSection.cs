using System.Text.Json;

namespace InnovationNetwork.Cli.Generation;

/// <summary>Writes the UK region hierarchy: the nation, its ITL1 regions and their ITL2 regions.</summary>
internal sealed class RegionSection(GraphLineWriter writer)
{
    private static readonly JsonEncodedText Label = JsonEncodedText.Encode("Region");
    private static readonly JsonEncodedText PartOf = JsonEncodedText.Encode("PART_OF");
    private static readonly JsonEncodedText Borders = JsonEncodedText.Encode("BORDERS");
    private static readonly JsonEncodedText Name = JsonEncodedText.Encode("name");
    private static readonly JsonEncodedText Level = JsonEncodedText.Encode("level");
    private static readonly JsonEncodedText Code = JsonEncodedText.Encode("code");
    private static readonly JsonEncodedText GssCode = JsonEncodedText.Encode("gssCode");
    private static readonly JsonEncodedText GoldenTriangle = JsonEncodedText.Encode("goldenTriangle");

    public static int Count => NodeRef.RegionCount;

    public void WriteNode(int index)
    {
        var itl1Count = UkRegions.Itl1.Length;
        var json = writer.BeginNode(new NodeRef(EntityKind.Region, index), Label);
        if (index == 0)
        {
            json.WriteString(Name, UkRegions.NationName);
            json.WriteString(Level, "NATION");
            json.WriteBoolean(GoldenTriangle, false);
        }
        else if (index <= itl1Count)
        {
            var region = UkRegions.Itl1[index - 1];
            json.WriteString(Name, region.Name);
            json.WriteString(Level, "ITL1");
            json.WriteString(Code, region.Code);
            json.WriteString(GssCode, region.GssCode);
            json.WriteBoolean(GoldenTriangle, UkRegions.IsGoldenTriangle(region.Code));
        }
        else
        {
            var region = UkRegions.Itl2[index - 1 - itl1Count];
            json.WriteString(Name, region.Name);
            json.WriteString(Level, "ITL2");
            json.WriteString(Code, region.Code);
            json.WriteBoolean(GoldenTriangle, UkRegions.IsGoldenTriangle(region.Code));
        }

        writer.EndNode();
    }

    public void WriteRelationships()
    {
        for (var i = 0; i < UkRegions.Itl1.Length; i++)
        {
            writer.Relationship(PartOf, NodeRef.Itl1(i), NodeRef.Nation);
        }

        for (var i = 0; i < UkRegions.Itl2.Length; i++)
        {
            writer.Relationship(PartOf, NodeRef.Itl2(i), NodeRef.Itl1(UkRegions.Itl2[i].Itl1));
        }

        foreach (var (a, b) in UkRegions.Borders)
        {
            writer.Relationship(Borders, NodeRef.Itl1(a), NodeRef.Itl1(b));
        }
    }
}
