namespace InnovationNetwork.Tests.Reliability;

/// <summary>Hostile bytes and HTTP: invalid UTF-8, huge and oversized bodies, wrong types, methods and headers, and bad imports.</summary>
public sealed partial class HostileCorpus
{
    /// <summary>Sizes of the hosts the corpus is sent to (the test configures them), so "above the limit" means it.</summary>
    public const int GraphQLMaxBytes = 256 * 1024;
    public const int ImportMaxBytes = 1024 * 1024;

    private static readonly byte[][] BadUtf8 = [[0xFF], [0xC0, 0x80], [0x80], [0xED, 0xA0, 0x80], [0xF8, 0x88, 0x80, 0x80, 0x80], [0xE2, 0x82], [0xF4, 0x90, 0x80, 0x80], [0xFE, 0xFF]];
    private static readonly string[] BadPercent = ["%FF", "%C0%80", "%ED%A0%80", "%E2%82", "%", "%G1", "%00", "%u0041", "%F4%90%80%80"];

    private void AddInvalidUtf8()
    {
        var valid = Utf8("""{"query":"query($q: String!) { search(query: $q) { totalCount } }","variables":{"q":"robotics"}}""");
        for (var i = 0; i < 150; i++)
        {
            var bad = BadUtf8[i % BadUtf8.Length];
            var at = _random.Next(0, valid.Length);
            Add(new HostileRequest("utf8-body", "POST", Graphql, [.. valid[..at], .. bad, .. valid[at..]], "application/json"));
        }

        var lines = Utf8(ImportLine("lab:utf8", "Utf8 Lab") + "\n");
        for (var i = 0; i < 40; i++)
        {
            var at = _random.Next(0, lines.Length);
            Add(new HostileRequest("utf8-import", "POST", "/import?dryRun=true", [.. lines[..at], .. BadUtf8[i % BadUtf8.Length], .. lines[at..]], "application/x-ndjson"));
        }

        foreach (var bad in BadPercent)
        {
            Add(new HostileRequest("utf8-get-query", "GET", Graphql + "?query=%7B__typename" + bad + "%7D"));
            Add(new HostileRequest("utf8-get-variables", "GET", Graphql + "?query=%7B__typename%7D&variables=%7B%22a%22%3A%22" + bad + "%22%7D"));
            Add(new HostileRequest("utf8-get-operation", "GET", Graphql + "?query=%7B__typename%7D&operationName=" + bad));
            Add(new HostileRequest("utf8-get-search", "GET", Graphql + "?query=" + Uri.EscapeDataString("{ search(query: \"") + bad + Uri.EscapeDataString("\") { totalCount } }")));
            Add(new HostileRequest("utf8-parameter-name", "GET", Graphql + "?" + bad + "=1&query=%7B__typename%7D"));
            Add(new HostileRequest("utf8-import-option", "POST", "/import?name=" + bad, Utf8(ImportLine("lab:opt", "Opt") + "\n"), "application/x-ndjson"));
            Add(new HostileRequest("utf8-path", "GET", "/graphql" + bad + "?query=%7B__typename%7D"));
        }
    }

    private void AddHugeAndOversized()
    {
        foreach (var size in (int[])[1_000, 10_000, 100_000, GraphQLMaxBytes - 200, GraphQLMaxBytes + 1, 1_000_000, 3_000_000])
        {
            var text = new string('x', size);
            PostQuery("huge-string-literal", $"{{ search(query: \"{text}\") {{ totalCount }} }}");
            Add(HostileRequest.Post("huge-variable", Graphql, $$$"""{"query":"query($q: String!) { labs(where: { textContains: $q }) { totalCount } }","variables":{"q":"{{{text}}}"}}"""));
            Add(HostileRequest.Post("huge-operation-name", Graphql, $$"""{"query":"{ __typename }","operationName":"{{text}}"}"""));
            Add(HostileRequest.Post("huge-comment", Graphql, $$"""{"query":"#{{text}}\n{ __typename }"}"""));
            Add(HostileRequest.Post("huge-whitespace", Graphql, "{\"query\":\"{ __typename }\"}" + new string(' ', size)));
            Add(HostileRequest.Post("huge-chunked", Graphql, $$$"""{"query":"{ __typename }","extensions":{"x":"{{{text}}}"}}""") with { Chunked = true });
            if (size <= 100_000)
            {
                Add(HostileRequest.Get("huge-get", "{ search(query: \"" + text + "\") { totalCount } }"));
            }
        }

        foreach (var size in (int[])[ImportMaxBytes + 1, 2 * ImportMaxBytes])
        {
            var body = Utf8(string.Concat(Enumerable.Range(0, (size / 120) + 1).Select(i => ImportLine($"lab:oversized-{i}", "Oversized") + "\n")));
            Add(new HostileRequest("oversized-import", "POST", "/import", body, "application/x-ndjson"));
            Add(new HostileRequest("oversized-import-chunked", "POST", "/import", body, "application/x-ndjson") { Chunked = true });
        }

        Add(new HostileRequest("oversized-import-line", "POST", "/import?dryRun=true", Utf8(ImportLine("lab:long", new string('n', ImportMaxBytes - 200)) + "\n"), "application/x-ndjson"));
        Add(new HostileRequest("gzip-bomb-import", "POST", "/import", GzipOf(new byte[8 * ImportMaxBytes]), "application/x-ndjson") { ContentEncoding = "gzip" });
        Add(new HostileRequest("gzip-garbage-import", "POST", "/import", Utf8("not gzip at all"), "application/x-ndjson") { ContentEncoding = "gzip" });
        Add(new HostileRequest("gzip-graphql", "POST", Graphql, GzipOf(Utf8("""{"query":"{ __typename }"}""")), "application/json") { ContentEncoding = "gzip" });
    }

    private void AddTransportMisuse()
    {
        const string body = """{"query":"{ __typename }"}""";
        foreach (var type in (string?[])[null, "", "text/plain", "application/graphql", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/xml",
            "application/json; charset=latin1", "application/json; charset=utf-16", "application/jsonx", "json", "*/*", "application/*", ";;;",
            "application/x-ndjson", "text/html; charset=utf-8", "application/json, text/plain"])
        {
            Add(HostileRequest.Post("content-type " + type, Graphql, body, type));
            Add(new HostileRequest("import-content-type " + type, "POST", "/import?dryRun=true", Utf8(ImportLine("lab:ct", "Ct") + "\n"), type));
        }

        foreach (var accept in (string[])["text/html", "application/xml", "image/*", "application/json;q=0", "application/graphql-response+json;q=0.5, application/json;q=0.9", ";;;q=x", "*/*;q=abc", new string('a', 4000)])
        {
            Add(HostileRequest.Post("accept " + accept[..Math.Min(accept.Length, 40)], Graphql, body) with { Accept = accept });
        }

        foreach (var method in (string[])["PUT", "DELETE", "PATCH", "OPTIONS", "HEAD", "TRACE", "PROPFIND", "FOO"])
        {
            Add(new HostileRequest("method " + method, method, Graphql, Utf8(body), "application/json"));
            Add(new HostileRequest("import-method " + method, method, "/import", Utf8(ImportLine("lab:m", "M") + "\n"), "application/x-ndjson"));
        }

        foreach (var query in (string[])["?dryRun=maybe", "?maxErrors=-1", "?maxErrors=99999999999", "?name=", "?name=%3Cscript%3E", "?dry_run=true", "?dryRun=true&dryRun=true", "?waitForSearch=2", "?=x", "?&&&", "?name=" + new string('n', 5000)])
        {
            Add(new HostileRequest("import-option", "POST", "/import" + query, Utf8(ImportLine("lab:o", "O") + "\n"), "application/x-ndjson"));
        }
    }

    /// <summary>Interchange lines broken at random and lines carrying injections: each import is a dry run or invalid as a whole.</summary>
    private void AddImports()
    {
        var valid = ImportLine("lab:hostile", "Hostile Lab") + "\n" + """{"type":"relationship","label":"LOCATED_IN","start":{"id":"lab:hostile"},"end":{"id":"region:TLE3"},"properties":{}}""";
        for (var i = 0; i < 100; i++)
        {
            var at = _random.Next(0, valid.Length);
            Add(new HostileRequest("import-broken-line", "POST", "/import", Utf8(valid[..at] + "\u0000{]\"" + valid[at..] + "\n{not json"), "application/x-ndjson"));
        }

        foreach (var text in Injections)
        {
            var escaped = System.Text.Json.JsonEncodedText.Encode(text).ToString();
            Add(new HostileRequest("import-injection", "POST", "/import?dryRun=true", Utf8(ImportLine("lab:x-" + escaped, escaped) + "\n" + ImportLine("lab:y", "Y").Replace("\"rto\"", "\"" + escaped + "\"", StringComparison.Ordinal)), "application/x-ndjson"));
        }

        foreach (var odd in (string[])["", "\n\n\n", "[]", "null", "{}", "\uFEFF\uFEFF{}", "{\"type\":\"node\"}", new string('{', 10_000), Repeat("[", 5_000) + Repeat("]", 5_000), "{\"type\":\"node\",\"id\":\"lab:deep\",\"labels\":[\"Lab\"],\"properties\":{\"name\":\"D\",\"facilities\":" + Repeat("[", 2_000) + Repeat("]", 2_000) + "}}"])
        {
            Add(new HostileRequest("import-odd", "POST", "/import", Utf8(odd), "application/x-ndjson"));
        }
    }

    private static string ImportLine(string id, string name) =>
        $$$"""{"type":"node","id":"{{{id}}}","labels":["Lab"],"properties":{"name":"{{{name}}}","kind":"rto"}}""";

    private static byte[] GzipOf(byte[] bytes)
    {
        using var output = new MemoryStream();
        using (var gzip = new System.IO.Compression.GZipStream(output, System.IO.Compression.CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(bytes);
        }

        return output.ToArray();
    }
}
