using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using InnovationNetwork.Search.Indexing;

namespace InnovationNetwork.Cli.Commands;

internal static class ReindexCommand
{
    private static readonly Option<string?> IndexDirectory = new("--index-dir")
    {
        Description = "The search index root (default: the 'search' folder inside --data-dir, where the service keeps it).",
    };

    public static Command Create()
    {
        var command = new Command("reindex", "Rebuild the search index from the store into a fresh folder and swap it in. Stop the service first: it holds the index open.");
        command.Options.Add(IndexDirectory);
        command.SetAction(async (parse, ct) =>
        {
            await using var store = await CommonOptions.OpenStoreAsync(parse, ct);
            if (store is null)
            {
                return CommonOptions.StoreUnavailable;
            }

            var folders = new IndexFolders(parse.GetValue(IndexDirectory) ?? Path.Combine(parse.GetValue(CommonOptions.DataDirectory)!, "search"));
            using var claim = folders.TryClaim();
            if (claim is null)
            {
                Console.Error.WriteLine($"error: the search index in {folders.Root} is held by a running service; stop it first (the service also rebuilds a missing or damaged index by itself at start-up)");
                return CommonOptions.StoreUnavailable;
            }

            var clock = Stopwatch.StartNew();
            LuceneIndex index;
            using (var progress = CommonOptions.ProgressFor(parse, "indexed", "documents"))
            {
                index = await IndexBuild.RebuildAsync(store, folders, progress, ct);
            }

            using (index)
            {
                var documents = index.Search(searcher => searcher.IndexReader.NumDocs);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"indexed {documents:N0} documents in {clock.Elapsed.TotalSeconds:0.0} s ({documents / clock.Elapsed.TotalSeconds:N0}/s) up to change {index.CommittedSequence:N0}, in {index.Folder}"));
            }

            return CommonOptions.Success;
        });
        return command;
    }
}
