namespace InnovationNetwork.Search.Querying;

/// <summary>
/// The highest k-th best score any worker of one pruned search has found (<see cref="PrunedWorker"/>): each
/// worker's k-th best is a floor for the page's, since that worker alone holds k hits at or above it, so every
/// worker may drop what scores below the highest of them. Starts at negative infinity; only ever rises.
/// </summary>
internal sealed class PageThreshold
{
    private float _value = float.NegativeInfinity;

    public float Value => Volatile.Read(ref _value);

    /// <summary>Raises the threshold to <paramref name="score"/> where that is higher.</summary>
    public void Raise(float score)
    {
        var current = Volatile.Read(ref _value);
        while (score > current)
        {
            var seen = Interlocked.CompareExchange(ref _value, score, current);
            if (seen == current)
            {
                return;
            }

            current = seen;
        }
    }
}
