namespace InnovationNetwork.Access;

/// <summary>What a caller may do; each role includes everything the roles below it may do.</summary>
public enum AccessRole
{
    /// <summary>No key: public fields only.</summary>
    Anonymous = 0,

    /// <summary>May read everything, including contact details.</summary>
    Reader = 1,

    /// <summary>A reader who may also change the organisations its key is linked to, and their relationships.</summary>
    Contributor = 2,

    /// <summary>May change anything.</summary>
    Admin = 3,
}

/// <summary>The lower-case names of the roles a key can have, as the CLI, configuration and key file write them.</summary>
public static class AccessRoleNames
{
    public const string Reader = "reader";
    public const string Contributor = "contributor";
    public const string Admin = "admin";

    /// <summary>The roles a key can be given (anonymous is the absence of a key).</summary>
    public static IReadOnlyList<string> KeyRoles { get; } = [Reader, Contributor, Admin];

    public static string NameOf(AccessRole role) => role switch
    {
        AccessRole.Reader => Reader,
        AccessRole.Contributor => Contributor,
        AccessRole.Admin => Admin,
        _ => "anonymous",
    };

    /// <summary>Parses a key role name (case-insensitive); anonymous is not a key role.</summary>
    public static bool TryParseKeyRole(string? name, out AccessRole role)
    {
        role = name?.Trim().ToLowerInvariant() switch
        {
            Reader => AccessRole.Reader,
            Contributor => AccessRole.Contributor,
            Admin => AccessRole.Admin,
            _ => AccessRole.Anonymous,
        };
        return role != AccessRole.Anonymous;
    }
}
