using System.Buffers;
using System.Buffers.Text;
using System.Text;

namespace InnovationNetwork.Cli.Generation;

internal enum EntityKind
{
    Region,
    Lab,
    Firm,
    Funder,
    Skill,
    Bottleneck,
    Project,
}

/// <summary>
/// A node by kind and index; its id text (e.g. <c>firm:g000123</c>) is formatted straight into UTF-8 when written.
/// Generated ids carry a <c>g</c> so they can never collide with the hand-written seed's slugs; regions use the
/// real codes on purpose, so generated organisations attach to the seed's regions.
/// </summary>
internal readonly record struct NodeRef(EntityKind Kind, int Index)
{
    public const int MaxIdBytes = 64;

    private static readonly StandardFormat SixDigits = new('D', 6);

    private static readonly byte[][] Prefixes =
    [
        [], "lab:g"u8.ToArray(), "firm:g"u8.ToArray(), "funder:g"u8.ToArray(),
        "skill:g"u8.ToArray(), "bottleneck:g"u8.ToArray(), "project:g"u8.ToArray(),
    ];

    /// <summary>Region ids in table order: the nation, the ITL1 regions, then the ITL2 regions.</summary>
    private static readonly byte[][] RegionIds = BuildRegionIds();

    public static int RegionCount => RegionIds.Length;

    public static NodeRef Nation => new(EntityKind.Region, 0);

    public static NodeRef Itl1(int index) => new(EntityKind.Region, 1 + index);

    public static NodeRef Itl2(int index) => new(EntityKind.Region, 1 + UkRegions.Itl1.Length + index);

    /// <summary>Writes the id's UTF-8 bytes into <paramref name="destination"/> and returns how many were written.</summary>
    public int Format(Span<byte> destination)
    {
        if (Kind == EntityKind.Region)
        {
            RegionIds[Index].CopyTo(destination);
            return RegionIds[Index].Length;
        }

        var prefix = Prefixes[(int)Kind];
        prefix.CopyTo(destination);
        Utf8Formatter.TryFormat(Index, destination[prefix.Length..], out var digits, SixDigits);
        return prefix.Length + digits;
    }

    private static byte[][] BuildRegionIds()
    {
        var ids = new List<byte[]> { Encoding.UTF8.GetBytes(UkRegions.NationId) };
        ids.AddRange(UkRegions.Itl1.Select(r => Encoding.UTF8.GetBytes("region:" + r.Code)));
        ids.AddRange(UkRegions.Itl2.Select(r => Encoding.UTF8.GetBytes("region:" + r.Code)));
        return [.. ids];
    }
}
