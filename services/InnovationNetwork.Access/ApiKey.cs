namespace InnovationNetwork.Access;

/// <summary>
/// An API key as the store describes it: never the token or its hash. <see cref="Name"/> is unique for the life
/// of the key file (revoked keys keep theirs), so it can stand for "who" in provenance.
/// </summary>
public sealed record ApiKey(
    string Name,
    AccessRole Role,
    IReadOnlySet<string> Organisations,
    DateTimeOffset CreatedAt,
    DateTimeOffset? RevokedAt)
{
    public bool IsRevoked => RevokedAt is not null;
}

/// <summary>A key just created, with its token: the only time the token exists outside the caller's hands.</summary>
public sealed record CreatedApiKey(ApiKey Key, string Token);

/// <summary>A key with the hash of its token, for verifying presented tokens.</summary>
public sealed record StoredApiKey(string KeyId, ApiKey Key, byte[] TokenHash)
{
    /// <summary>Whether <paramref name="token"/> is this key's token, compared in constant time.</summary>
    public bool Matches(string token) => ApiKeyToken.HashMatches(token, TokenHash);
}

/// <summary>A request to the key store that cannot be carried out (bad name, duplicate, wrong organisations...).</summary>
public sealed class ApiKeyException(string message) : Exception(message);
