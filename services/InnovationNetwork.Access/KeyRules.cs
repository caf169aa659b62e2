namespace InnovationNetwork.Access;

/// <summary>What makes a key request valid; the messages are shown to the person running the CLI as they are.</summary>
internal static class KeyRules
{
    public static IReadOnlySet<string> Check(string name, AccessRole role, IEnumerable<string>? organisations)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Length > ApiKeyStore.MaxNameLength || !name.All(IsNameCharacter))
        {
            throw new ApiKeyException(
                $"a key name must be 1 to {ApiKeyStore.MaxNameLength} letters, digits, '.', '-', '_' or '@' (it is '{name}'); it names the key's holder in provenance");
        }

        if (role is not (AccessRole.Reader or AccessRole.Contributor or AccessRole.Admin))
        {
            throw new ApiKeyException($"a key's role must be one of: {string.Join(", ", AccessRoleNames.KeyRoles)}");
        }

        var orgs = new SortedSet<string>(organisations ?? [], StringComparer.Ordinal);
        if (role == AccessRole.Contributor && orgs.Count == 0)
        {
            throw new ApiKeyException("a contributor key needs at least one organisation it may change (--organisation ID)");
        }

        if (role != AccessRole.Contributor && orgs.Count > 0)
        {
            throw new ApiKeyException($"only contributor keys are linked to organisations; a {AccessRoleNames.NameOf(role)} key is not");
        }

        if (orgs.FirstOrDefault(o => string.IsNullOrWhiteSpace(o) || o.Length > ApiKeyStore.MaxOrganisationIdLength || o.Any(char.IsWhiteSpace)) is { } bad)
        {
            throw new ApiKeyException($"'{bad}' is not an organisation id (ids are 1 to {ApiKeyStore.MaxOrganisationIdLength} characters without spaces, e.g. firm:acme)");
        }

        return orgs;
    }

    private static bool IsNameCharacter(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' or '@';
}
