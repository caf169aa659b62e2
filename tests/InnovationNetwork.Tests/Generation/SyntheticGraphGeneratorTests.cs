using System.Globalization;
using System.Text;
using System.Text.Json;
using InnovationNetwork.Cli.Generation;

namespace InnovationNetwork.Tests.Generation;

/// <summary>Generates one small graph for the whole class; generation is deterministic, so sharing it is safe.</summary>
public sealed class SmallGeneratedGraph
{
    public static readonly GeneratorOptions Options = new(Organisations: 500, Seed: 7);

    public SmallGeneratedGraph()
    {
        using var output = new MemoryStream();
        Summary = SyntheticGraphGenerator.WriteAsync(output, Options).GetAwaiter().GetResult();
        Bytes = output.ToArray();
        Lines = Encoding.UTF8.GetString(Bytes).Split('\n');
        Schema = JsonDocument.Parse(File.ReadAllText(SchemaPath())).RootElement.Clone();
    }

    public GenerationSummary Summary { get; }

    public byte[] Bytes { get; }

    /// <summary>The text split at '\n'; the last entry is the empty remainder after the final newline.</summary>
    public string[] Lines { get; }

    public JsonElement Schema { get; }

    private static string SchemaPath()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "InnovationNetwork.sln")))
            {
                return Path.Combine(directory.FullName, "graph-schema", "schema.json");
            }
        }

        throw new InvalidOperationException("InnovationNetwork.sln not found above " + AppContext.BaseDirectory);
    }
}

public sealed class SyntheticGraphGeneratorTests(SmallGeneratedGraph graph) : IClassFixture<SmallGeneratedGraph>
{
    [Fact]
    public async Task Generate_SameSeed_ShouldWriteIdenticalBytes()
    {
        var again = await GenerateAsync(SmallGeneratedGraph.Options);

        Assert.Equal(graph.Bytes, again);
    }

    [Fact]
    public async Task Generate_DifferentSeed_ShouldWriteDifferentBytes()
    {
        var other = await GenerateAsync(SmallGeneratedGraph.Options with { Seed = 8 });

        Assert.NotEqual(graph.Bytes, other);
    }

    [Fact]
    public void GeneratorOptions_Defaults_ShouldScaleWithOrganisations()
    {
        var benchmark = new GeneratorOptions();
        var rescaled = new GeneratorOptions(Organisations: 1_000) with { Organisations = 200_000 };
        var explicitSkills = new GeneratorOptions(Organisations: 1_000) { Skills = 77 };

        Assert.Equal((5_000, 50_000, 30_000), (benchmark.Skills, benchmark.Bottlenecks, benchmark.Projects));
        Assert.Equal((10_000, 100_000, 60_000), (rescaled.Skills, rescaled.Bottlenecks, rescaled.Projects));
        Assert.Equal((77, 500), (explicitSkills.Skills, explicitSkills.Bottlenecks));
        Assert.Equal(50, new GeneratorOptions(Organisations: 100).Skills);
    }

    [Fact]
    public void Generate_SmallScale_SummaryShouldMatchLines()
    {
        var records = graph.Lines[..^1].Select(line => JsonDocument.Parse(line).RootElement.GetProperty("type").GetString()).ToList();

        Assert.Equal(string.Empty, graph.Lines[^1]);
        Assert.Equal(graph.Summary.Lines, records.Count);
        Assert.Equal(graph.Summary.Nodes, records.Count(type => type == "node"));
        Assert.Equal(graph.Summary.Relationships, records.Count(type => type == "relationship"));
        Assert.Equal(graph.Summary.Bytes, graph.Bytes.Length);
        Assert.All(graph.Lines[..^1], line => Assert.DoesNotContain('\r', line));
    }

    [Fact]
    public void Generate_SmallScale_RelationshipsShouldReferToEarlierNodesOnceEach() =>
        Assert.Empty(ReferenceProblems(graph.Lines, graph.Schema));

    [Fact]
    public void Generate_SmallScale_EveryRecordShouldSatisfyTheSchema() =>
        Assert.Empty(SchemaProblems(graph.Lines, graph.Schema));

    [Fact]
    public void Generate_SmallScale_ShouldUseEveryLabelAndRelationshipType()
    {
        var used = graph.Lines[..^1].Select(line => JsonDocument.Parse(line).RootElement)
            .Select(root => root.TryGetProperty("labels", out var labels) ? labels[0].GetString() : root.GetProperty("label").GetString())
            .ToHashSet(StringComparer.Ordinal);
        var declared = graph.Schema.GetProperty("nodes").EnumerateObject()
            .Concat(graph.Schema.GetProperty("relationships").EnumerateObject()).Select(p => p.Name);

        Assert.All(declared, name => Assert.Contains(name, used));
    }

    [Theory]
    [InlineData(GeneratorOptions.MinimumOrganisations, GeneratorOptions.MinimumSkills, 3, 2)]
    [InlineData(40, 5_000, 0, 0)]
    [InlineData(200, 30, 400, 300)]
    public async Task Generate_UnusualSizes_ShouldStillWriteAValidGraph(int organisations, int skills, int bottlenecks, int projects)
    {
        var options = new GeneratorOptions(organisations, Seed: 3) { Skills = skills, Bottlenecks = bottlenecks, Projects = projects };
        var lines = Encoding.UTF8.GetString(await GenerateAsync(options)).Split('\n');

        Assert.Empty(ReferenceProblems(lines, graph.Schema).Concat(SchemaProblems(lines, graph.Schema)));
    }

    [Fact]
    public async Task Generate_TooFewOrganisations_ShouldThrow()
    {
        using var output = new MemoryStream();

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(
            () => SyntheticGraphGenerator.WriteAsync(output, new GeneratorOptions(GeneratorOptions.MinimumOrganisations - 1)));
        Assert.Equal(0, output.Length);
    }

    [Fact]
    public async Task Generate_WithProgress_ShouldReportTheFinalLineCount()
    {
        var reports = new List<long>();
        using var output = new MemoryStream();

        var summary = await SyntheticGraphGenerator.WriteAsync(output, SmallGeneratedGraph.Options, new SynchronousProgress(reports.Add));

        Assert.Equal(summary.Lines, reports[^1]);
    }

    private static List<string> ReferenceProblems(string[] lines, JsonElement schema)
    {
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        var seen = new HashSet<(string, string, string)>();
        var problems = new List<string>();
        for (var number = 1; number <= lines.Length - 1; number++)
        {
            var root = JsonDocument.Parse(lines[number - 1]).RootElement;
            if (root.GetProperty("type").GetString() == "node")
            {
                var id = root.GetProperty("id").GetString()!;
                if (!labels.TryAdd(id, root.GetProperty("labels")[0].GetString()!))
                {
                    problems.Add($"line {number}: duplicate node id {id}");
                }

                continue;
            }

            var (type, start, end) = Endpoints(root);
            if (!labels.ContainsKey(start) || !labels.ContainsKey(end))
            {
                problems.Add($"line {number}: {type} refers to a node not written before it");
            }

            var undirected = !schema.GetProperty("relationships").GetProperty(type).GetProperty("directed").GetBoolean();
            if ((undirected && start == end) || !seen.Add((start, type, end)) || (undirected && seen.Contains((end, type, start))))
            {
                problems.Add($"line {number}: {type} {start} -> {end} is a self-loop or written twice");
            }
        }

        return problems;
    }

    private static List<string> SchemaProblems(string[] lines, JsonElement schema)
    {
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        var problems = new List<string>();
        for (var number = 1; number <= lines.Length - 1; number++)
        {
            var root = JsonDocument.Parse(lines[number - 1]).RootElement;
            var properties = root.GetProperty("properties");
            if (root.GetProperty("type").GetString() == "node")
            {
                var label = root.GetProperty("labels").EnumerateArray().Single().GetString()!;
                labels[root.GetProperty("id").GetString()!] = label;
                var definition = schema.GetProperty("nodes").GetProperty(label);
                problems.AddRange(CheckProperties(definition.GetProperty("properties"), properties).Select(p => $"line {number} {label}: {p}"));
                continue;
            }

            var (type, start, end) = Endpoints(root);
            var relationship = schema.GetProperty("relationships").GetProperty(type);
            var (from, to) = (labels.GetValueOrDefault(start, "(unknown)"), labels.GetValueOrDefault(end, "(unknown)"));
            if (!Allowed(relationship.GetProperty("from"), from) || !Allowed(relationship.GetProperty("to"), to))
            {
                problems.Add($"line {number} {type}: {from} -> {to} is not allowed");
            }

            problems.AddRange(CheckProperties(relationship.GetProperty("properties"), properties).Select(p => $"line {number} {type}: {p}"));
        }

        return problems;
    }

    private static async Task<byte[]> GenerateAsync(GeneratorOptions options)
    {
        using var output = new MemoryStream();
        await SyntheticGraphGenerator.WriteAsync(output, options);
        return output.ToArray();
    }

    private static (string Type, string Start, string End) Endpoints(JsonElement root) =>
        (root.GetProperty("label").GetString()!,
         root.GetProperty("start").GetProperty("id").GetString()!,
         root.GetProperty("end").GetProperty("id").GetString()!);

    private static bool Allowed(JsonElement labels, string label) => labels.EnumerateArray().Any(l => l.GetString() == label);

    private static IEnumerable<string> CheckProperties(JsonElement definitions, JsonElement properties)
    {
        foreach (var property in properties.EnumerateObject())
        {
            if (!definitions.TryGetProperty(property.Name, out var definition))
            {
                yield return $"{property.Name} is not declared";
            }
            else if (CheckValue(definition, property.Value) is { } problem)
            {
                yield return $"{property.Name} {problem}";
            }
        }

        foreach (var definition in definitions.EnumerateObject())
        {
            var required = definition.Value.TryGetProperty("required", out var flag) && flag.GetBoolean();
            if (required && !properties.TryGetProperty(definition.Name, out _))
            {
                yield return $"{definition.Name} is required";
            }

            if (definition.Value.TryGetProperty("notBefore", out var other) && properties.TryGetProperty(definition.Name, out var later)
                && properties.TryGetProperty(other.GetString()!, out var earlier)
                && string.CompareOrdinal(later.GetString(), earlier.GetString()) < 0)
            {
                yield return $"{definition.Name} is before {other.GetString()}";
            }
        }
    }

    private static string? CheckValue(JsonElement definition, JsonElement value)
    {
        var type = definition.GetProperty("type").GetString();
        var ok = type switch
        {
            "string" => value.ValueKind == JsonValueKind.String && CheckString(definition, value.GetString()!),
            "integer" => value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var whole) && InRange(definition, whole),
            "number" => value.ValueKind == JsonValueKind.Number && InRange(definition, value.GetDouble()),
            "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
            "date" => value.ValueKind == JsonValueKind.String
                && DateOnly.TryParseExact(value.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
            "stringList" => value.ValueKind == JsonValueKind.Array
                && (!definition.TryGetProperty("maxItems", out var maxItems) || value.GetArrayLength() <= maxItems.GetInt32())
                && value.EnumerateArray().All(item => item.ValueKind == JsonValueKind.String && CheckString(definition, item.GetString()!)),
            _ => false,
        };
        return ok ? null : $"value {value.GetRawText()} does not fit {definition.GetRawText()}";
    }

    private static bool CheckString(JsonElement definition, string text) =>
        text.Length > 0
        && (!definition.TryGetProperty("maxLength", out var max) || text.Length <= max.GetInt32())
        && (!definition.TryGetProperty("values", out var values) || values.EnumerateArray().Any(v => v.GetString() == text))
        && (!definition.TryGetProperty("format", out var format) || format.GetString() != "url"
            || (Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)));

    private static bool InRange(JsonElement definition, double number) =>
        (!definition.TryGetProperty("min", out var min) || number >= min.GetDouble())
        && (!definition.TryGetProperty("max", out var max) || number <= max.GetDouble());

    /// <summary>Reports on the calling thread, unlike <see cref="Progress{T}"/>, so the test sees every report before it asserts.</summary>
    private sealed class SynchronousProgress(Action<long> report) : IProgress<long>
    {
        public void Report(long value) => report(value);
    }
}
