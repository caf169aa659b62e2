using System.Security.Claims;
using InnovationNetwork.Access;

namespace InnovationNetwork.Api.Security;

/// <summary>
/// Who is calling: the key's name (null for anonymous), role, and for contributors their organisation ids.
/// Immutable; resolvers get it with <c>context.User.GetCaller()</c>.
/// </summary>
public sealed record Caller(string? KeyName, AccessRole Role, IReadOnlySet<string> Organisations)
{
    /// <summary>A client that sent no key: public fields only, no changes.</summary>
    public static Caller Anonymous { get; } = new(null, AccessRole.Anonymous, new HashSet<string>());

    /// <summary>True when the caller's role is <paramref name="role"/> or above.</summary>
    public bool IsAtLeast(AccessRole role) => Role >= role;

    /// <summary>True when the caller may change this organisation: admins always; contributors for their own organisations.</summary>
    public bool MayChangeOrganisation(string organisationId) =>
        Role == AccessRole.Admin || (Role == AccessRole.Contributor && Organisations.Contains(organisationId));
}

public static class CallerExtensions
{
    /// <summary>
    /// The caller a request's user stands for: the key the bearer token named, or <see cref="Caller.Anonymous"/> when
    /// there is no user, no authenticated identity, or the identity is not one of ours.
    /// </summary>
    public static Caller GetCaller(this ClaimsPrincipal? user)
    {
        if (user is null)
        {
            return Caller.Anonymous;
        }

        foreach (var identity in user.Identities)
        {
            if (identity is ApiKeyIdentity key)
            {
                return key.Caller;
            }
        }

        return Caller.Anonymous;
    }
}

/// <summary>The authorization policies endpoints can require; each means "this role or above".</summary>
public static class AccessPolicies
{
    public const string Reader = "reader";
    public const string Contributor = "contributor";
    public const string Admin = "admin";
}

/// <summary>
/// The identity the bearer-token handler creates: standard claims (name, role, one <c>organisation</c> claim per
/// linked organisation) for anything that reads claims, and the ready-made <see cref="Caller"/> so resolvers that
/// run once per field do not rebuild it from claims.
/// </summary>
public sealed class ApiKeyIdentity : ClaimsIdentity
{
    public const string OrganisationClaim = "organisation";

    public ApiKeyIdentity(ApiKey key)
        : base(ClaimsOf(key), ApiKeyAuthenticationDefaults.Scheme, ClaimTypes.Name, ClaimTypes.Role) =>
        Caller = new Caller(key.Name, key.Role, key.Organisations);

    public Caller Caller { get; }

    private static IEnumerable<Claim> ClaimsOf(ApiKey key) =>
    [
        new(ClaimTypes.Name, key.Name),
        new(ClaimTypes.Role, AccessRoleNames.NameOf(key.Role)),
        .. key.Organisations.Select(o => new Claim(OrganisationClaim, o)),
    ];
}
