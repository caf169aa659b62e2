namespace InnovationNetwork.Cli.Generation;

/// <summary>A project's status, dates and budget, consistent with each other.</summary>
internal readonly record struct ProjectTerms(int Status, DateOnly Start, DateOnly End, long BudgetGbp)
{
    public static readonly string[] Statuses = ["planned", "active", "completed"];

    /// <summary>
    /// The generated world's "today". Fixed rather than read from the clock so output never depends on when it
    /// runs: completed projects end before it, active ones span it, planned ones start after it.
    /// </summary>
    public static readonly DateOnly Today = new(2026, 1, 1);

    private static readonly int[] StatusWeights = [20, 45, 35];

    public static ProjectTerms Draw(int seed, int project)
    {
        var random = SplitMix64.For(seed, RandomStream.ProjectNode, project);
        var status = random.Weighted(StatusWeights);
        var duration = random.Between(180, 1460);
        DateOnly start;
        DateOnly end;
        switch (status)
        {
            case 0:
                start = Today.AddDays(random.Between(0, 540));
                end = start.AddDays(duration);
                break;
            case 1:
                start = Today.AddDays(-random.Between(1, 1800));
                end = start.AddDays(duration);
                var earliest = Today.AddDays(30 + random.Next(700));
                end = end < earliest ? earliest : end;
                break;
            default:
                start = Today.AddDays(-random.Between(900, 3650));
                end = start.AddDays(duration);
                var latest = Today.AddDays(-1 - random.Next(60));
                end = end > latest ? latest : end;
                end = end < start ? start : end;
                break;
        }

        // Skewed towards small awards (u^4: median about £1.3m, a few near £20m), to the nearest £1,000. Plain
        // arithmetic rather than Math.Exp, whose last bit may differ between platforms.
        var u = random.NextDouble();
        var budget = 50_000 + (19_950_000 * u * u * u * u);
        return new ProjectTerms(status, start, end, (long)Math.Round(budget / 1000) * 1000);
    }
}
