using System.Text;
using System.Text.Json.Nodes;

namespace InnovationNetwork.Tests.Reliability;

/// <summary>Hostile GraphQL documents: unknown fields, alias and fragment abuse, deep nesting, broken syntax.</summary>
public sealed partial class HostileCorpus
{
    private void PostQuery(string kind, string query) =>
        Add(HostileRequest.Post(kind, Graphql, new JsonObject { ["query"] = query }.ToJsonString()));

    private void AddDocumentAbuse()
    {
        foreach (var field in schema.QueryFields)
        {
            PostQuery("unknown-field", $"{{ {field.Name}Typo {{ id }} }}");
            PostQuery("unknown-argument", $"{{ {field.Name}(bogus: 1){schema.SelectionFor(field.Type)} }}");
            PostQuery("missing-selection", $"{{ {field.Name} }}");
            PostQuery("leaf-selection", $"{{ __typename {{ {field.Name} }} }}");
        }

        for (var i = 0; i < 60; i++)
        {
            PostQuery("unknown-field", "{ " + RandomWord(_random.Next(1, 40)) + " }");
        }

        foreach (var count in (int[])[29, 30, 31, 100, 1_000, 5_000])
        {
            PostQuery("alias-explosion", "{ " + string.Join(' ', Enumerable.Range(0, count).Select(i => $"a{i}: labs(first: 100) {{ totalCount nodes {{ id name }} }}")) + " }");
            PostQuery("alias-explosion-search", "{ " + string.Join(' ', Enumerable.Range(0, count).Select(i => $"s{i}: search(query: \"robot\") {{ totalCount }}")) + " }");
            PostQuery("field-repetition", "{ " + Repeat("__typename ", count) + "}");
        }

        PostQuery("fragment-cycle", "{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }");
        PostQuery("fragment-self", "{ ...A } fragment A on Query { __typename ...A }");
        PostQuery("fragment-fanout", "{ ...F0 } " + string.Concat(Enumerable.Range(0, 20).Select(i =>
            $"fragment F{i} on Query {{ a{i}: labs(first: 100) {{ nodes {{ id }} }} {(i < 19 ? $"...F{i + 1} ...F{i + 1}" : string.Empty)} }} ")));
        PostQuery("unknown-directive", "{ __typename @bogus }");
        PostQuery("directive-spam", "{ __typename " + Repeat("@skip(if: false) ", 2_000) + "}");
        PostQuery("bad-directive-arg", "{ __typename @include(if: \"yes\") }");
        PostQuery("many-operations", string.Concat(Enumerable.Range(0, 500).Select(i => $"query Q{i} {{ __typename }} ")));
        PostQuery("duplicate-operations", "query A { __typename } query A { __typename }");
        PostQuery("mutation", "mutation { __typename }");
        PostQuery("subscription", "subscription { __typename }");
        PostQuery("undefined-variable", "query { node(id: $nope) { id } }");
        PostQuery("unused-variable", "query($x: Int, $y: [[[[String]]]]) { __typename }");
        PostQuery("variable-bad-type", "query($x: NoSuchType) { __typename }");
        PostQuery("introspection-deep", "{ __schema { types { fields { type { ofType { ofType { ofType { ofType { ofType { ofType { ofType { ofType { name } } } } } } } } } } } }");
        Add(HostileRequest.Post("operation-name-missing", Graphql, """{"query":"query A { __typename } query B { __typename }","operationName":"C"}"""));
        Add(HostileRequest.Post("operation-name-absent", Graphql, """{"query":"query A { __typename } query B { __typename }"}"""));

        foreach (var broken in (string[])["", " ", "{", "}", "{ labs(", "{ labs(first: ) { id } }", "query query query", "{ \"a\" }", "{ labs(first: 1, first: 2) { totalCount } }",
            "#comment only", "{ __typename } trailing", "fragment on on on { x }", "{ ... on NoSuchType { id } }", "{ node(id: \"x\") { ... on Lab { nope } } }", "\u0000", "{ a: b: c }", "{ labs { nodes { id } } } }"])
        {
            PostQuery("syntax-error", broken);
            Add(HostileRequest.Get("syntax-error-get", broken));
        }
    }

    private void AddNesting()
    {
        foreach (var depth in (int[])[10, 16, 50, 128, 500, 2_000, 10_000])
        {
            PostQuery("deep-selection", Repeat("{ a ", depth) + Repeat("} ", depth));
            PostQuery("deep-real-selection", "{ node(id: \"lab:amrc\") { ... on Lab { " + Repeat("region { parent { ", depth / 2) + "id" + Repeat(" } }", depth / 2) + " } } }");
            PostQuery("deep-list-literal", "{ search(query: \"a\", types: " + Repeat("[", depth) + "LAB" + Repeat("]", depth) + ") { totalCount } }");
            PostQuery("deep-object-literal", "{ labs(where: " + Repeat("{ region: ", depth) + "\"x\"" + Repeat(" }", depth) + ") { totalCount } }");
            PostQuery("deep-inline-fragments", "{ " + Repeat("... on Query { ", depth) + "__typename" + Repeat(" }", depth) + " }");
            PostQuery("deep-parentheses", "{ labs" + Repeat("(", depth) + " { totalCount } }");

            var nestedList = Repeat("[", depth) + "\"skill:ml\"" + Repeat("]", depth);
            var nestedObject = Repeat("{\"a\":", depth) + "1" + Repeat("}", depth);
            Add(HostileRequest.Post("deep-variable-list", Graphql, """{"query":"query($s: [ID!]) { partnerSuggestions(skills: $s) { score } }","variables":{"s":""" + nestedList + "}}"));
            Add(HostileRequest.Post("deep-variable-object", Graphql, """{"query":"query($w: LabFilter) { labs(where: $w) { totalCount } }","variables":{"w":""" + nestedObject + "}}"));
            Add(HostileRequest.Post("deep-extensions", Graphql, $$"""{"query":"{ __typename }","extensions":{{nestedObject}}}"""));
            Add(HostileRequest.Post("deep-json-body", Graphql, nestedList));
            Add(HostileRequest.Get("deep-selection-get", Repeat("{ a ", Math.Min(depth, 1_000)) + Repeat("} ", Math.Min(depth, 1_000))));
        }
    }

    /// <summary>A valid body, then broken at random: cut short, bytes changed, JSON oddities spliced in.</summary>
    private void AddBadJson()
    {
        const string valid = """{"query":"query($id: ID!) { node(id: $id) { id } }","variables":{"id":"lab:amrc"},"operationName":null}""";
        string[] splices = ["NaN", "Infinity", "// comment\n", "/* c */", ",", ",,", "'", "\\", "\\u12", "\"", "{", "]", "\u0000", "undefined", "0x1F", "01", "1e999", "tru", "nul"];
        for (var i = 0; i < 120; i++)
        {
            Add(HostileRequest.Post("json-truncated", Graphql, valid[.._random.Next(0, valid.Length)]));
            var at = _random.Next(0, valid.Length);
            Add(HostileRequest.Post("json-spliced", Graphql, valid[..at] + splices[_random.Next(splices.Length)] + valid[at..]));
            var chars = valid.ToCharArray();
            chars[_random.Next(chars.Length)] = (char)_random.Next(32, 127);
            Add(HostileRequest.Post("json-mutated", Graphql, new string(chars)));
        }

        foreach (var body in (string[])["null", "true", "42", "\"query\"", "{}", "[]", "[[]]", "[null]", "{\"query\":\"{ __typename }\"}{\"query\":\"x\"}", "{\"query\":\"{ __typename }\",\"query\":\"{ x }\"}",
            "{'query':'{ __typename }'}", "{query:\"{ __typename }\"}", "\uFEFF\uFEFF{\"query\":\"{ __typename }\"}", "{\"query\":\"\\uD800\"}", "{\"query\":\"{ __typename }\",\"variables\":{\"a\":\"\\uDC00\\uD800\"}}"])
        {
            Add(HostileRequest.Post("json-odd", Graphql, body));
        }
    }

    private void AddWrongMemberTypes()
    {
        string[] values = ["42", "true", "[]", "[1]", "{}", "\"text\"", "null", "-0", "\"{}\""];
        foreach (var member in (string[])["query", "variables", "operationName", "extensions"])
        {
            foreach (var value in values)
            {
                var body = member == "query" ? $$"""{"query":{{value}}}""" : $$"""{"query":"{ __typename }","{{member}}":{{value}}}""";
                Add(HostileRequest.Post("wrong-member-type " + member, Graphql, body));
                Add(HostileRequest.Post("wrong-member-type-batch " + member, Graphql, "[" + body + "," + body + "]"));
                Add(new HostileRequest("wrong-member-type-get " + member, "GET", Graphql + "?query=" + Uri.EscapeDataString("{ __typename }") + "&" + member + "=" + Uri.EscapeDataString(value)));
            }
        }

        Add(HostileRequest.Post("batch-too-large", Graphql, "[" + string.Join(',', Enumerable.Repeat("""{"query":"{ __typename }"}""", 1_000)) + "]"));
        Add(new HostileRequest("repeated-get-parameter", "GET", Graphql + "?query=%7B__typename%7D&query=%7B__typename%7D"));
        Add(new HostileRequest("get-without-query", "GET", Graphql + "?variables=%7B%7D"));
        Add(new HostileRequest("get-bad-surrogate", "GET", Graphql + "?query=%7B__typename%7D&variables=" + Uri.EscapeDataString("{\"a\":\"\\uD800\"}")));
        Add(new HostileRequest("get-mutation", "GET", Graphql + "?query=" + Uri.EscapeDataString("mutation { __typename }")));
    }

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
