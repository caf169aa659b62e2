using System.Security.Claims;
using InnovationNetwork.Access;
using InnovationNetwork.Api.Security;

namespace InnovationNetwork.Tests.Security;

/// <summary>The caller resolvers see: roles, organisation rights, and the error code a refusal carries.</summary>
public sealed class CallerTests
{
    private static readonly DateTimeOffset Created = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static ClaimsPrincipal UserOf(AccessRole role, params string[] organisations) =>
        new(new ApiKeyIdentity(new ApiKey("k-" + role, role, organisations.ToHashSet(), Created, null)));

    [Fact]
    public void GetCaller_NoUserOrForeignIdentity_ShouldBeAnonymous()
    {
        Assert.Same(Caller.Anonymous, ((ClaimsPrincipal?)null).GetCaller());
        Assert.Same(Caller.Anonymous, new ClaimsPrincipal(new ClaimsIdentity()).GetCaller());
        Assert.Same(Caller.Anonymous, new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Role, "admin")], "other")).GetCaller());
    }

    [Fact]
    public void GetCaller_ApiKeyUser_ShouldCarryNameRoleAndOrganisations()
    {
        var caller = UserOf(AccessRole.Contributor, "firm:a").GetCaller();

        Assert.Equal("k-Contributor", caller.KeyName);
        Assert.Equal(AccessRole.Contributor, caller.Role);
        Assert.True(caller.IsAtLeast(AccessRole.Reader));
        Assert.False(caller.IsAtLeast(AccessRole.Admin));
    }

    [Theory]
    [InlineData(AccessRole.Anonymous, "firm:a", false)]
    [InlineData(AccessRole.Reader, "firm:a", false)]
    [InlineData(AccessRole.Contributor, "firm:a", true)]
    [InlineData(AccessRole.Contributor, "firm:b", false)]
    [InlineData(AccessRole.Admin, "firm:b", true)]
    public void MayChangeOrganisation_ShouldAllowAdminsAndOwnOrganisationsOnly(AccessRole role, string organisation, bool expected)
    {
        var caller = role == AccessRole.Anonymous ? Caller.Anonymous : UserOf(role, role == AccessRole.Contributor ? ["firm:a"] : []).GetCaller();

        Assert.Equal(expected, caller.MayChangeOrganisation(organisation));
    }

    [Fact]
    public void Denied_ShouldBeUnauthenticatedForAnonymousAndForbiddenForAKey()
    {
        Assert.Equal("UNAUTHENTICATED", AccessErrors.Denied(Caller.Anonymous, "x needs a key").Code);
        Assert.Equal("FORBIDDEN", AccessErrors.Denied(UserOf(AccessRole.Reader).GetCaller(), "x needs a contributor key").Code);
    }
}
