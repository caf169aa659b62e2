using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace InnovationNetwork.Access;

/// <summary>
/// The token format: <c>ink_</c>, a 16-hex-digit key id (for look-up, not secret), <c>_</c>, then 256 random bits
/// in base64url (43 characters). Only a SHA-256 hash of the whole token is stored: the secret is random and
/// long, so a slow password hash would add cost without adding safety.
/// </summary>
public static class ApiKeyToken
{
    public const string Prefix = "ink_";

    private const int KeyIdLength = 16;
    private const int SecretBytes = 32;
    private const int SecretLength = 43; // base64url of 32 bytes, without padding

    private static readonly System.Buffers.SearchValues<char> HexDigits = System.Buffers.SearchValues.Create("0123456789abcdef");

    /// <summary>The length every well-formed token has.</summary>
    public const int Length = 4 + KeyIdLength + 1 + SecretLength;

    /// <summary>Creates a fresh key id and token.</summary>
    public static (string KeyId, string Token) Generate()
    {
        var keyId = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(KeyIdLength / 2));
        var secret = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(SecretBytes));
        return (keyId, $"{Prefix}{keyId}_{secret}");
    }

    /// <summary>Reads the key id of a well-formed token; false for anything else (never throws).</summary>
    public static bool TryGetKeyId(string? token, out string keyId)
    {
        keyId = string.Empty;
        if (token is null || token.Length != Length || !token.StartsWith(Prefix, StringComparison.Ordinal) || token[Prefix.Length + KeyIdLength] != '_')
        {
            return false;
        }

        var id = token.AsSpan(Prefix.Length, KeyIdLength);
        var secret = token.AsSpan(Prefix.Length + KeyIdLength + 1);
        if (id.ContainsAnyExcept(HexDigits) || !Base64Url.IsValid(secret, out var decoded) || decoded != SecretBytes)
        {
            return false;
        }

        keyId = id.ToString();
        return true;
    }

    public static byte[] Hash(string token) => SHA256.HashData(Encoding.UTF8.GetBytes(token));

    public static bool HashMatches(string token, byte[] expectedHash) =>
        CryptographicOperations.FixedTimeEquals(Hash(token), expectedHash);
}
