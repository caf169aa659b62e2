using System.ComponentModel.DataAnnotations;

namespace InnovationNetwork.Api.GraphStore;

/// <summary>Whether and from where the seed is loaded into an empty store. Section <c>Seed</c>.</summary>
public sealed class SeedOptions
{
    public const string SectionName = "Seed";

    public bool LoadWhenEmpty { get; set; } = true;

    /// <summary>Folder of <c>*.jsonl</c> seed files; default: the seed shipped beside the service.</summary>
    [Required(AllowEmptyStrings = false)]
    public string Directory { get; set; } = Path.Combine(AppContext.BaseDirectory, "seed");
}
