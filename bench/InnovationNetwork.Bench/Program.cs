using InnovationNetwork.Bench;

// Usage: dotnet run -c Release --project bench/InnovationNetwork.Bench -- import [--orgs N] [--seed S] [--work DIR] [--cache-mib N]
return args is ["import", .. var rest] ? await ImportBenchmark.RunAsync(BenchArguments.Parse(rest)) : Usage();

static int Usage()
{
    Console.Error.WriteLine("usage: InnovationNetwork.Bench import [--orgs 100000] [--seed 1] [--work DIR] [--cache-mib N]");
    return 2;
}
