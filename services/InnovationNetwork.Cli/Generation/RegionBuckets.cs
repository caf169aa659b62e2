namespace InnovationNetwork.Cli.Generation;

/// <summary>Entity indexes grouped by ITL1 region (a counting sort), for drawing nearby partners and bottlenecks.</summary>
internal sealed class RegionBuckets
{
    private readonly int[] _start;
    private readonly int[] _members;

    public RegionBuckets(int count, Func<int, int> itl1Of)
    {
        var regions = UkRegions.Itl1.Length;
        _start = new int[regions + 1];
        var keys = new byte[count];
        for (var i = 0; i < count; i++)
        {
            keys[i] = (byte)itl1Of(i);
            _start[keys[i] + 1]++;
        }

        for (var r = 0; r < regions; r++)
        {
            _start[r + 1] += _start[r];
        }

        _members = new int[count];
        var next = _start[..regions];
        for (var i = 0; i < count; i++)
        {
            _members[next[keys[i]]++] = i;
        }
    }

    public int CountIn(int itl1) => _start[itl1 + 1] - _start[itl1];

    /// <summary>A uniformly drawn member of the region, or -1 when it has none.</summary>
    public int Pick(int itl1, ref SplitMix64 random)
    {
        var count = CountIn(itl1);
        return count == 0 ? -1 : _members[_start[itl1] + random.Next(count)];
    }
}
