using System.CommandLine;
using InnovationNetwork.Access;
using InnovationNetwork.Cli.Commands;
using InnovationNetwork.Graph.Store;

try
{
    return await CliApplication.Build().Parse(args).InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (Exception e) when (e is IOException or UnauthorizedAccessException or GraphStoreException or ApiKeyException or Microsoft.Data.Sqlite.SqliteException)
{
    // Expected failures (a missing file, a folder without permission, a refused key request) get one line, not a stack trace.
    Console.Error.WriteLine($"error: {e.Message}");
    return 1;
}
