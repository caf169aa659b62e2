namespace InnovationNetwork.Analytics.Gaps;

/// <summary>
/// What is located in one region (sub-regions included): skill demand and supply per skill ordinal, in fifths
/// (Σ severity, priority or level) so sums stay exact integers and ties order by id, not by rounding noise.
/// </summary>
internal sealed class RegionTotals(int skillCount)
{
    public int[] Demand { get; } = new int[skillCount];

    public int[] Supply { get; } = new int[skillCount];

    public int Labs { get; set; }

    public int Firms { get; set; }

    public int Funders { get; set; }

    public int Bottlenecks { get; set; }

    public int OpenBottlenecks { get; set; }

    public int Projects { get; set; }

    public Dictionary<string, int> OpenByCategory { get; } = new(StringComparer.Ordinal);

    public int Organisations => Labs + Firms;

    /// <summary>Σ supply over skills, in fifths.</summary>
    public long SupplyTotal { get; private set; }

    /// <summary>Σ demand over skills, in fifths.</summary>
    public long DemandTotal { get; private set; }

    /// <summary>Σ over skills of min(demand, supply), in fifths: the demand that local supply could meet.</summary>
    public long DemandMet { get; private set; }

    /// <summary>Adds the per-skill sums once every contribution is in.</summary>
    public void Complete()
    {
        for (var skill = 0; skill < Demand.Length; skill++)
        {
            SupplyTotal += Supply[skill];
            DemandTotal += Demand[skill];
            DemandMet += Math.Min(Demand[skill], Supply[skill]);
        }
    }
}
