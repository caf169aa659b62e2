namespace InnovationNetwork.Graph.Validation;

/// <summary>
/// The <c>email</c> format: a plain <c>local@domain</c> address as people write them on contact pages. Stricter than
/// RFC 5322 on purpose (no quoted local parts, comments, display names or IP literals): the value is shown and
/// mailed to, so anything unusual is more likely a mistake than a real address.
/// </summary>
public static class EmailAddress
{
    private const int MaxLocalPartLength = 64;
    private const int MaxDomainLength = 253;

    public static bool IsValid(string text)
    {
        var at = text.IndexOf('@', StringComparison.Ordinal);
        if (at <= 0 || at != text.LastIndexOf('@') || at > MaxLocalPartLength)
        {
            return false;
        }

        var local = text.AsSpan(0, at);
        var domain = text.AsSpan(at + 1);
        return IsLocalPart(local) && domain.Length is > 0 and <= MaxDomainLength && IsDomain(domain);
    }

    private static bool IsLocalPart(ReadOnlySpan<char> local)
    {
        if (local[0] == '.' || local[^1] == '.' || local.Contains("..", StringComparison.Ordinal))
        {
            return false;
        }

        foreach (var c in local)
        {
            if (!char.IsAsciiLetterOrDigit(c) && !"!#$%&'*+/=?^_`{|}~.-".Contains(c, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsDomain(ReadOnlySpan<char> domain)
    {
        var labels = 0;
        foreach (var range in domain.Split('.'))
        {
            var label = domain[range];
            if (label.Length is 0 or > 63 || label[0] == '-' || label[^1] == '-')
            {
                return false;
            }

            foreach (var c in label)
            {
                if (!char.IsAsciiLetterOrDigit(c) && c != '-')
                {
                    return false;
                }
            }

            labels++;
        }

        // A dotless domain is local to some network, never a public contact address.
        return labels >= 2;
    }
}
