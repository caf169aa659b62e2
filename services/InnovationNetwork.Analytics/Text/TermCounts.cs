namespace InnovationNetwork.Analytics.Text;

/// <summary>
/// The terms of one text as ids into the snapshot's vocabulary, with their counts, in ordinal order of the
/// term itself (not of its id), so every build of the same text sums its similarity in the same order.
/// </summary>
internal sealed record TermCounts(int[] Terms, int[] Counts)
{
    public static readonly TermCounts None = new([], []);

    public bool SameAs(TermCounts? other) =>
        other is not null && Terms.AsSpan().SequenceEqual(other.Terms) && Counts.AsSpan().SequenceEqual(other.Counts);
}
