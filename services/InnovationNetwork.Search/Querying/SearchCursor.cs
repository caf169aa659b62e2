using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace InnovationNetwork.Search.Querying;

/// <summary>
/// Search cursors hold the position of the last hit (its exact score and its id, the two sort keys) rather
/// than an offset or a Lucene doc number, so paging stays stable while the index refreshes and merges. A
/// cursor also carries a fingerprint of the search it came from and is refused for any other search.
/// </summary>
internal static class SearchCursor
{
    private const string Version = "s1";

    public static string Fingerprint(string text, IReadOnlyCollection<string>? labels, IReadOnlyCollection<string>? regions)
    {
        var key = string.Join('\u001f', text.Trim(), Join(labels), Join(regions));
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key)), 0, 6);
    }

    public static string Encode(string fingerprint, float score, string id)
    {
        var bits = BinaryPrimitives.ReadInt32LittleEndian(BitConverter.GetBytes(score));
        var text = $"{Version}|{fingerprint}|{bits.ToString("x8", CultureInfo.InvariantCulture)}|{id}";
        return Convert.ToBase64String(Encoding.UTF8.GetBytes(text)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    /// <summary>The position to continue after, as Lucene's search-after takes it.</summary>
    /// <exception cref="SearchInputException">The cursor is malformed or belongs to another search.</exception>
    public static FieldDoc Decode(string cursor, string fingerprint, string argument)
    {
        var parts = TryDecode(cursor)?.Split('|', 4);
        if (parts is not { Length: 4 } || parts[0] != Version
            || !int.TryParse(parts[2], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var bits))
        {
            throw new SearchInputException(argument, "the cursor is not one this service issued for a search");
        }

        if (parts[1] != fingerprint)
        {
            throw new SearchInputException(argument, "the cursor belongs to a different search (query, types or region changed)");
        }

        var score = BitConverter.Int32BitsToSingle(bits);
        // doc = int.MaxValue: ties on both keys cannot happen (ids are unique), so every hit after the
        // cursor's keys is on the next page and the cursor's own hit is not.
        return new FieldDoc(int.MaxValue, score, [J2N.Numerics.Single.GetInstance(score), new BytesRef(parts[3])]);
    }

    private static string? TryDecode(string cursor)
    {
        try
        {
            var base64 = cursor.Replace('-', '+').Replace('_', '/');
            base64 = base64.PadRight(base64.Length + ((4 - (base64.Length % 4)) % 4), '=');
            return Encoding.UTF8.GetString(Convert.FromBase64String(base64));
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static string Join(IReadOnlyCollection<string>? values) =>
        values is null ? "*" : string.Join(',', values.Order(StringComparer.Ordinal));
}
