using System.Collections.Concurrent;
using InnovationNetwork.Access;
using Microsoft.Extensions.Options;

namespace InnovationNetwork.Api.Security;

/// <summary>Why a presented token was refused; <see cref="None"/> when it was accepted.</summary>
public enum TokenProblem
{
    None,
    Malformed,
    Unknown,
    Revoked,
}

/// <summary>
/// Checks bearer tokens against the key store, keeping each looked-up key (or its absence) for
/// <see cref="AccessControlOptions.KeyCacheSeconds"/> so most requests cost a hash, not a file read.
/// Thread-safe; one per host.
/// </summary>
public sealed class ApiKeyAuthenticator(ApiKeyStore store, IOptions<AccessControlOptions> options, TimeProvider clock)
{
    // Unknown key ids are cached too (so junk tokens cannot make every request read the file), which is why the cache is bounded.
    private const int MaxCachedKeys = 10_000;

    private readonly ConcurrentDictionary<string, (StoredApiKey? Key, long Expires)> _cache = new(StringComparer.Ordinal);
    private readonly TimeSpan _lifetime = TimeSpan.FromSeconds(options.Value.KeyCacheSeconds);

    public (ApiKey? Key, TokenProblem Problem) Authenticate(string token)
    {
        if (!ApiKeyToken.TryGetKeyId(token, out var keyId))
        {
            return (null, TokenProblem.Malformed);
        }

        var stored = Lookup(keyId);
        if (stored is null || !stored.Matches(token))
        {
            return (null, TokenProblem.Unknown);
        }

        return stored.Key.IsRevoked ? (null, TokenProblem.Revoked) : (stored.Key, TokenProblem.None);
    }

    private StoredApiKey? Lookup(string keyId)
    {
        var now = clock.GetTimestamp();
        if (_lifetime > TimeSpan.Zero && _cache.TryGetValue(keyId, out var cached) && cached.Expires > now)
        {
            return cached.Key;
        }

        var key = store.FindByKeyId(keyId);
        if (_lifetime > TimeSpan.Zero)
        {
            if (_cache.Count >= MaxCachedKeys)
            {
                _cache.Clear();
            }

            _cache[keyId] = (key, now + (long)(_lifetime.TotalSeconds * clock.TimestampFrequency));
        }

        return key;
    }
}
