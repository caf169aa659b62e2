using InnovationNetwork.Graph.Store;
using InnovationNetwork.Search.Indexing;
using InnovationNetwork.Tests.Support;

namespace InnovationNetwork.Tests.Search;

/// <summary>At start-up an index that cannot be trusted is rebuilt into a fresh folder and swapped in.</summary>
public sealed class SearchStartupTests
{
    [Fact]
    public async Task DamagedFiles_ShouldBeDetected_AndTheRestartedIndexShouldAnswerAsBefore()
    {
        await using var store = new StoreFixture();
        await store.Store.WriteAsync(SearchCorpus.Build());
        var indexDirectory = Path.Combine(store.DataDirectory, "search");
        var first = await StartStoppedAsync(store, indexDirectory);
        var damaged = new IndexFolders(indexDirectory).Current!;
        foreach (var file in Directory.EnumerateFiles(damaged).Where(f => !f.EndsWith(".lock", StringComparison.Ordinal) && !f.EndsWith("segments.gen", StringComparison.Ordinal)))
        {
            await using var stream = new FileStream(file, FileMode.Open, FileAccess.ReadWrite);
            stream.Position = stream.Length / 2;
            stream.WriteByte((byte)(stream.ReadByte() ^ 0xFF));
        }

        Assert.False(IndexInspection.Of(damaged).Usable);
        await using var restarted = await SearchHarness.StartAsync(store: store, indexDirectory: indexDirectory);

        Assert.NotEqual(damaged, new IndexFolders(indexDirectory).Current);
        Assert.False(Directory.Exists(damaged));
        Assert.Equal(first, restarted.Ids("welding", 20));
    }

    [Fact]
    public async Task AnIndexAheadOfTheStore_ShouldBeRebuilt_SinceItWasBuiltFromAnotherStore()
    {
        var indexDirectory = Path.Combine(Path.GetTempPath(), "in-search-" + Guid.NewGuid().ToString("N"));
        try
        {
            await using (var original = new StoreFixture())
            {
                await original.Store.WriteAsync(SearchCorpus.Build());
                await StartStoppedAsync(original, indexDirectory);
            }

            await using var empty = new StoreFixture();
            await using var search = await SearchHarness.StartAsync(store: empty, indexDirectory: indexDirectory);

            Assert.Empty(search.Ids("welding"));
            Assert.Equal(0, search.Index.SearchableSequence);
        }
        finally
        {
            Directory.Delete(indexDirectory, recursive: true);
        }
    }

    [Fact]
    public async Task AMissingPointer_ShouldRebuild_AndLeftoverFoldersOfInterruptedBuilds_ShouldBeRemoved()
    {
        await using var store = new StoreFixture();
        await store.Store.WriteAsync(SearchCorpus.Build());
        var indexDirectory = Path.Combine(store.DataDirectory, "search");
        var leftover = new IndexFolders(indexDirectory).CreateFresh();
        await File.WriteAllTextAsync(Path.Combine(leftover, "_0.cfs"), "half-written");

        await using var search = await SearchHarness.StartAsync(store: store, indexDirectory: indexDirectory);

        Assert.False(Directory.Exists(leftover));
        Assert.Contains("firm:weldbots", search.Ids("welding"));
    }

    private static async Task<IReadOnlyList<string>> StartStoppedAsync(StoreFixture store, string indexDirectory)
    {
        var search = await SearchHarness.StartAsync(store: store, indexDirectory: indexDirectory);
        var ids = search.Ids("welding", 20);
        await search.StopAsync();
        return ids;
    }
}
