using InnovationNetwork.Tests.Support;

namespace InnovationNetwork.Tests.Search;

/// <summary>The obvious best hit ranks first: names, stems, aliases, synonyms, typos, phrases.</summary>
public sealed class SearchRelevanceTests : IAsyncLifetime
{
    private SearchHarness _search = null!;

    public async Task InitializeAsync() => _search = await SearchHarness.StartAsync(SearchCorpus.Build());

    public async Task DisposeAsync() => await _search.DisposeAsync();

    [Fact]
    public void AName_ShouldOutrankEntitiesThatOnlyMentionItsWords()
    {
        Assert.Equal("lab:robotics-institute", _search.Ids("robotics institute")[0]);
    }

    [Fact]
    public void AStemmedForm_ShouldFindTheWord()
    {
        var ids = _search.Ids("robotic", 20);

        Assert.Contains("skill:robotics", ids);
        Assert.Contains("firm:steelworks", ids);
    }

    [Fact]
    public void ASkillAlias_ShouldFindTheSkillFirst_AndTheSkillName_ShouldFindTextUsingTheAlias()
    {
        Assert.Equal("skill:cfd", _search.Ids("CFD")[0]);
        // Flowsim's text says "CFD" and it holds the skill: found by the full name too, ahead of unrelated firms.
        Assert.Equal(["skill:cfd", "firm:flowsim"], _search.Ids("computational fluid dynamics").Take(2).Order().Reverse());
    }

    [Fact]
    public void ADomainSynonym_ShouldWorkBothWays_IncludingMultiWordPhrases()
    {
        Assert.Equal("firm:pharmaminds", _search.Ids("AI drug discovery")[0]);
        Assert.Contains("firm:datacraft", _search.Ids("artificial intelligence"));
        Assert.Contains("firm:pharmaminds", _search.Ids("ai"));
    }

    [Theory]
    [InlineData("grafene engineering")] // one substitution and one deletion in "graphene"
    [InlineData("grephine")] // two substitutions
    [InlineData("Grapheen Enginering Inovation Center")] // a typo in every word
    public void Typos_WithinTwoEdits_ShouldStillFindTheEntity(string query)
    {
        Assert.Equal("lab:geic", _search.Ids(query)[0]);
    }

    [Fact]
    public void AQuotedPhrase_ShouldMatchOnlyTheWordsTogetherInOrder()
    {
        var phrase = _search.Ids("\"welding robots\"", 20);
        var loose = _search.Ids("welding robots", 20);

        Assert.Contains("firm:weldbots", phrase);
        Assert.DoesNotContain("firm:shipwright", phrase);
        Assert.Contains("firm:shipwright", loose);
    }

    [Fact]
    public void ManyWords_ShouldRankEntitiesMatchingMostOfThemFirst()
    {
        var ids = _search.Ids("robotic welding near Sheffield South Yorkshire", 20);

        // Both are in South Yorkshire and about robotic welding; the others match one or two of the words.
        Assert.Equal(["bottleneck:no-welders", "firm:weldbots"], ids.Take(2).Order());
        Assert.DoesNotContain("firm:shipwright", ids.Take(2));
    }

    [Fact]
    public void WordsNoEntityHasTogether_ShouldFallBackToEntitiesWithSomeOfThem()
    {
        Assert.Contains("lab:geic", _search.Ids("graphene submarines"));
    }

    [Fact]
    public void Suggest_ShouldOfferTitlesStartingWithThePrefix_ShortestFirst()
    {
        var suggestions = _search.Index.Suggest(new("rob"));

        Assert.Equal("Robotics", suggestions[0].Text);
        Assert.Contains(suggestions, s => s.Id == "lab:robotics-institute");
        Assert.All(suggestions, s => Assert.Contains(s.Text.Split(' '), w => w.StartsWith("Rob", StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public void Suggest_ShouldMatchEarlierWordsWholeAndTheLastAsAPrefix_AndFilterByType()
    {
        Assert.Equal("lab:geic", _search.Index.Suggest(new("graphene engineering inno"))[0].Id);
        Assert.Empty(_search.Index.Suggest(new("graphene engineering inno", ["Firm"])));
        Assert.Equal("skill:cfd", _search.Index.Suggest(new("CF", ["Skill"]))[0].Id);
    }
}
