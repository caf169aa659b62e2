using System.CommandLine;
using System.Globalization;

namespace InnovationNetwork.Cli.Commands;

internal static class StatsCommand
{
    public static Command Create()
    {
        var command = new Command("stats", "Show what the store holds: counts by label and relationship type, change sequence, size.");
        command.SetAction(async (parse, ct) =>
        {
            await using var store = await CommonOptions.OpenStoreAsync(parse, ct);
            if (store is null)
            {
                return CommonOptions.StoreUnavailable;
            }

            var stats = await store.GetStatisticsAsync(ct);
            var culture = CultureInfo.InvariantCulture;
            Console.WriteLine(string.Create(culture, $"nodes: {stats.NodeCount:N0}"));
            foreach (var (label, count) in stats.NodesByLabel)
            {
                Console.WriteLine(string.Create(culture, $"  {label,-16}{count,12:N0}"));
            }

            Console.WriteLine(string.Create(culture, $"relationships: {stats.RelationshipCount:N0}"));
            foreach (var (type, count) in stats.RelationshipsByType)
            {
                Console.WriteLine(string.Create(culture, $"  {type,-16}{count,12:N0}"));
            }

            Console.WriteLine(string.Create(culture, $"last change sequence: {stats.LastSequence:N0}"));
            Console.WriteLine(string.Create(culture, $"size on disk: {stats.SizeOnDiskBytes / 1048576.0:N1} MiB (store schema version {stats.SchemaVersion})"));
            return CommonOptions.Success;
        });
        return command;
    }
}
