using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using InnovationNetwork.Graph.Model;

namespace InnovationNetwork.Api.GraphQL.Mutations;

/// <summary>
/// The <c>version</c> clients read and send back: the sequence of the entity's last change and a fingerprint of the
/// properties they were shown. A query reads properties and versions in separate store calls, so a change can land
/// between them; the fingerprint makes such a mismatched pair fail the check instead of overwriting that change.
/// </summary>
public static class VersionToken
{
    private static readonly System.Buffers.SearchValues<char> HexDigits = System.Buffers.SearchValues.Create("0123456789abcdef");

    public static string Of(long sequence, PropertyMap properties) =>
        string.Create(CultureInfo.InvariantCulture, $"{sequence}.{Fingerprint(properties)}");

    /// <summary>True when the token names exactly this state of the entity.</summary>
    public static bool Matches(string token, long sequence, PropertyMap properties) =>
        string.Equals(token, Of(sequence, properties), StringComparison.Ordinal);

    /// <summary>Whether the text has the token's shape (so a typo is BAD_USER_INPUT, not CONFLICT).</summary>
    public static bool IsWellFormed(string text)
    {
        var dot = text.IndexOf('.', StringComparison.Ordinal);
        return dot > 0 && dot == text.Length - 13
            && long.TryParse(text.AsSpan(0, dot), NumberStyles.None, CultureInfo.InvariantCulture, out _)
            && !text.AsSpan(dot + 1).ContainsAnyExcept(HexDigits);
    }

    private static string Fingerprint(PropertyMap properties) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(properties.ToJson())))[..12];
}
