using InnovationNetwork.Search.Querying;
using InnovationNetwork.Tests.Support;

namespace InnovationNetwork.Tests.Search;

/// <summary>Filters, facets, highlights, paging and hostile input, on the hand-built corpus.</summary>
public sealed class SearchResultsTests : IAsyncLifetime
{
    private static readonly string[] Yorkshire = ["region:TLE", "region:TLE3"];

    private SearchHarness _search = null!;

    public async Task InitializeAsync() => _search = await SearchHarness.StartAsync(SearchCorpus.Build());

    public async Task DisposeAsync() => await _search.DisposeAsync();

    [Fact]
    public void ARegionFilter_ShouldKeepEntitiesInTheRegionAndItsSubRegions()
    {
        var hits = _search.Search("welding robotics", 20, regions: Yorkshire).Hits.Select(h => h.Id).ToList();

        Assert.Contains("firm:weldbots", hits); // South Yorkshire, inside Yorkshire
        Assert.DoesNotContain("firm:shipwright", hits); // Greater Manchester
        Assert.DoesNotContain("skill:welding", hits); // skills are located nowhere
    }

    [Fact]
    public void ATypeFilter_ShouldKeepOnlyThoseTypes()
    {
        var hits = _search.Search("welding", 20, labels: ["Firm", "Bottleneck"]).Hits;

        Assert.NotEmpty(hits);
        Assert.All(hits, h => Assert.True(h.Label is "Firm" or "Bottleneck", h.Label));
    }

    [Fact]
    public void Facets_ShouldCountAllHits_EachIgnoringItsOwnFilter()
    {
        var all = _search.Search("welding", 1);
        var firmsInYorkshire = _search.Search("welding", 1, labels: ["Firm"], regions: Yorkshire);

        Assert.Equal(all.TotalCount, all.Facets!.Labels.Sum(f => f.Count));
        // Type counts under the region filter only: Yorkshire's welding bottleneck still counts.
        Assert.Contains(firmsInYorkshire.Facets!.Labels, f => f is { Value: "Bottleneck", Count: 1 });
        // Region counts under the type filter only: the Manchester firm still counts for the North West.
        Assert.Contains(firmsInYorkshire.Facets.Itl1Regions, f => f is { Value: "region:TLD", Count: 1 });
        Assert.Contains(firmsInYorkshire.Facets.Itl1Regions, f => f is { Value: "region:TLE", Count: 1 });
        Assert.Equal(1, firmsInYorkshire.TotalCount);
    }

    [Fact]
    public void Highlights_ShouldMarkMatchedWordsInAnyForm_AndEscapeEverythingElse()
    {
        var weldbots = _search.Search("robotic welding").Hits.Single(h => h.Id == "firm:weldbots");
        var escaper = _search.Search("fixtures").Hits.Single(h => h.Id == "firm:escaper");

        Assert.Contains(weldbots.Highlights, h => h.Contains("<mark>welding</mark> <mark>robots</mark>", StringComparison.Ordinal));
        var snippet = Assert.Single(escaper.Highlights);
        Assert.Contains("&lt;script&gt;", snippet, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", snippet, StringComparison.Ordinal);
        Assert.Contains("<mark>fixtures</mark>", snippet, StringComparison.Ordinal);
    }

    [Fact]
    public void Paging_ShouldWalkTheSameOrderAsOneBigPage_WithoutRepeatsOrGaps()
    {
        var whole = _search.Search("welding robotics engineers", 50).Hits.Select(h => h.Id).ToList();
        var paged = new List<string>();
        string? after = null;
        do
        {
            var page = _search.Search("welding robotics engineers", 2, after: after);
            paged.AddRange(page.Hits.Select(h => h.Id));
            after = page.HasNextPage ? page.Hits[^1].Cursor : null;
        }
        while (after is not null);

        Assert.True(whole.Count > 3);
        Assert.Equal(whole, paged);
    }

    [Fact]
    public void ACursor_FromAnotherSearchOrMadeUp_ShouldBeRefusedNamingTheArgument()
    {
        var cursor = _search.Search("welding", 1).Hits[0].Cursor;

        var other = Assert.Throws<SearchInputException>(() => _search.Search("robotics", 1, after: cursor));
        var garbage = Assert.Throws<SearchInputException>(() => _search.Search("welding", 1, after: "not-a-cursor"));

        Assert.Equal("after", other.Argument);
        Assert.Contains("different search", other.Message, StringComparison.Ordinal);
        Assert.Equal("after", garbage.Argument);
    }

    [Theory]
    [InlineData("AND")]
    [InlineData("welding AND OR NOT")]
    [InlineData("\"unbalanced quote")]
    [InlineData("(((welding")]
    [InlineData("*")]
    [InlineData("?")]
    [InlineData("title:welding^3 ~2")]
    [InlineData("\\")]
    [InlineData("-welding +robots")]
    [InlineData("welding\u0000\ud800robots")]
    [InlineData("🤖 welding")]
    [InlineData("' OR 1=1; DROP TABLE nodes; --")]
    [InlineData("   ")]
    public void HostileText_ShouldBeSearchedAsText_NeverThrow(string text)
    {
        var results = _search.Search(text, 5);

        Assert.True(results.TotalCount >= 0);
    }

    [Fact]
    public void LongText_ShouldBeSearchedUpToTheLimit_AndRefusedBeyondIt()
    {
        var longest = string.Join(' ', Enumerable.Repeat("welding", QueryText.MaxLength / 8));
        var tooLong = new string('a', 10_000);

        Assert.Contains("firm:weldbots", _search.Search(longest, 50).Hits.Select(h => h.Id));
        var error = Assert.Throws<SearchInputException>(() => _search.Search(tooLong));
        Assert.Equal("query", error.Argument);
        Assert.Contains("10000 characters", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void QueriesOfOnlyStopWordsOrPunctuation_ShouldFindNothing()
    {
        Assert.Equal(0, _search.Search("the and of").TotalCount);
        Assert.Equal(0, _search.Search("!!! ??? ***").TotalCount);
    }
}
