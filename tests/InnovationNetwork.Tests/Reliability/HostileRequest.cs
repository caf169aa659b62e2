using System.Text;

namespace InnovationNetwork.Tests.Reliability;

/// <summary>One generated request: raw enough to carry bytes no well-behaved client would send.</summary>
public sealed record HostileRequest(string Kind, string Method, string Target, byte[]? Body = null, string? ContentType = null)
{
    /// <summary>Sent without a Content-Length (chunked), so the server learns the size only by reading.</summary>
    public bool Chunked { get; init; }

    public string? ContentEncoding { get; init; }

    public string? Accept { get; init; }

    public static HostileRequest Post(string kind, string target, string body, string? contentType = "application/json") =>
        new(kind, "POST", target, Encoding.UTF8.GetBytes(body), contentType);

    public static HostileRequest Get(string kind, string query) =>
        new(kind, "GET", "/graphql?query=" + Uri.EscapeDataString(query));

    /// <summary>What to print when the request is an offender: enough to replay it, cut short when huge.</summary>
    public override string ToString()
    {
        var body = Body is null ? string.Empty : " body(" + Body.Length + " B)=" + Shorten(Encoding.UTF8.GetString(Body));
        return $"[{Kind}] {Method} {Shorten(Target)} type={ContentType ?? "none"}{(Chunked ? " chunked" : string.Empty)}{body}";
    }

    private static string Shorten(string text) => text.Length <= 300 ? text : text[..300] + $"…(+{text.Length - 300} chars)";
}
