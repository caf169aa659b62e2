using InnovationNetwork.Search.Analysis;

namespace InnovationNetwork.Tests.Search;

/// <summary>How query phrases expand: every group a phrase is in, but no chains through a shared alias.</summary>
public sealed class SynonymGroupsTests
{
    private static readonly SynonymGroups Groups = SynonymGroups.WithDomainList(
    [
        ["Applied Casting", "AC"],
        ["Adaptive Control", "AC"],
    ]);

    [Fact]
    public void ASharedAlias_ShouldExpandToEveryGroupItIsIn()
    {
        var match = Assert.Single(Groups.Find(["ac"]));

        Assert.Equal(["ac", "adaptive control", "applied casting"], match.Phrases.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ANameSharingAnAliasWithAnotherSkill_ShouldNotExpandToThatSkill()
    {
        var match = Assert.Single(Groups.Find(["applied", "casting"]));

        Assert.Equal(["ac", "applied casting"], match.Phrases.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void TheDomainList_ShouldStillJoinASkillAliasWithItsGroup()
    {
        var groups = SynonymGroups.WithDomainList([["Artificial Intelligence", "AI"]]);

        Assert.Contains("machine intelligence", Assert.Single(groups.Find(["ai"])).Phrases);
        Assert.Contains("ai", Assert.Single(groups.Find(["artificial", "intelligence"])).Phrases);
    }
}
