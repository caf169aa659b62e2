using System.Globalization;
using System.Text;

namespace InnovationNetwork.Tests.Import;

/// <summary>Interchange lines for the HTTP import tests: labs under a prefix of the test's own, placed in seed regions.</summary>
public static class ImportLines
{
    public static string Lab(string id, string name) =>
        $$$"""{"type":"node","id":"{{{id}}}","labels":["Lab"],"properties":{"name":"{{{name}}}","kind":"rto"}}""";

    public static string LocatedIn(string id, string region = "region:TLE3") =>
        $$$"""{"type":"relationship","label":"LOCATED_IN","start":{"id":"{{{id}}}"},"end":{"id":"{{{region}}}"},"properties":{}}""";

    /// <summary><paramref name="count"/> labs with ids <c>lab:{prefix}-{i}</c>, each followed by its LOCATED_IN line.</summary>
    public static string Labs(string prefix, int count)
    {
        var text = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            var id = Id(prefix, i);
            text.Append(Lab(id, string.Create(CultureInfo.InvariantCulture, $"{prefix} lab {i}"))).Append('\n');
            text.Append(LocatedIn(id)).Append('\n');
        }

        return text.ToString();
    }

    public static string Id(string prefix, int i) => string.Create(CultureInfo.InvariantCulture, $"lab:{prefix}-{i}");
}
