using System.Globalization;

namespace InnovationNetwork.Bench;

internal sealed record BenchArguments(int Organisations, int Seed, string WorkDirectory, int WriteCacheMiB)
{
    public static BenchArguments Parse(string[] args)
    {
        var organisations = 100_000;
        var seed = 1;
        var cache = new InnovationNetwork.Graph.Embedded.EmbeddedStoreOptions().WriteCacheMiB;
        var work = Path.Combine(Path.GetTempPath(), "innovation-network-bench");
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--orgs": organisations = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                case "--seed": seed = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                case "--work": work = args[i + 1]; break;
                case "--cache-mib": cache = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                default: throw new ArgumentException($"unknown option {args[i]}");
            }
        }

        return new BenchArguments(organisations, seed, work, cache);
    }

    /// <summary>The generated graph file for these arguments, written on first use and reused by every benchmark after.</summary>
    public async Task<string> GeneratedGraphAsync()
    {
        Directory.CreateDirectory(WorkDirectory);
        var input = Path.Combine(WorkDirectory, $"graph-{Organisations}-{Seed}.jsonl");
        if (!File.Exists(input))
        {
            await using var file = File.Create(input);
            await InnovationNetwork.Cli.Generation.SyntheticGraphGenerator.WriteAsync(file, new InnovationNetwork.Cli.Generation.GeneratorOptions(Organisations, Seed));
        }

        return input;
    }
}
