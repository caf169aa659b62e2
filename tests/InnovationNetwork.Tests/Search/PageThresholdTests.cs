using InnovationNetwork.Search.Querying;

namespace InnovationNetwork.Tests.Search;

/// <summary>The k-th best score the workers of one pruned search share (<see cref="PageThreshold"/>).</summary>
public sealed class PageThresholdTests
{
    [Fact]
    public void AThreshold_ShouldStartBelowEveryScore_AndOnlyRise()
    {
        var threshold = new PageThreshold();
        Assert.Equal(float.NegativeInfinity, threshold.Value);

        threshold.Raise(3.5f);
        threshold.Raise(2f);

        Assert.Equal(3.5f, threshold.Value);
    }

    [Fact]
    public async Task RaisedFromManyThreadsAtOnce_AThreshold_ShouldEndAtTheHighestScore()
    {
        var threshold = new PageThreshold();
        var scores = Enumerable.Range(0, 40_000).Select(i => (float)((i * 7919) % 40_000)).ToArray();

        await Task.WhenAll(Enumerable.Range(0, 4).Select(t => Task.Run(() =>
        {
            for (var i = t; i < scores.Length; i += 4)
            {
                threshold.Raise(scores[i]);
            }
        })));

        Assert.Equal(scores.Max(), threshold.Value);
    }
}
