using InnovationNetwork.Bench;

// Usage: dotnet run -c Release --project bench/InnovationNetwork.Bench -- import|analytics|search|writes [--orgs N] [--seed S] [--work DIR] [--cache-mib N]
return args switch
{
    ["import", .. var rest] => await ImportBenchmark.RunAsync(BenchArguments.Parse(rest)),
    ["analytics", .. var rest] => await AnalyticsBenchmark.RunAsync(BenchArguments.Parse(rest)),
    ["search", .. var rest] => await SearchBenchmark.RunAsync(BenchArguments.Parse(rest)),
    ["writes", .. var rest] => await WriteBenchmark.RunAsync(BenchArguments.Parse(rest)),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: InnovationNetwork.Bench import|analytics|search|writes [--orgs 100000] [--seed 1] [--work DIR] [--cache-mib N]");
    return 2;
}
