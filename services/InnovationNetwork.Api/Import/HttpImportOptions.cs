using System.ComponentModel.DataAnnotations;

namespace InnovationNetwork.Api.Import;

/// <summary>Limits of <c>POST /import</c>. Section <c>Import</c>.</summary>
public sealed class HttpImportOptions
{
    public const string SectionName = "Import";

    /// <summary>
    /// The largest body accepted, in bytes, counted both on the wire and after gzip decoding (a small gzip body can
    /// expand a thousandfold). Past it the upload is refused with 413 and nothing is applied.
    /// </summary>
    [Range(typeof(long), "1", "1099511627776")]
    public long MaxBodyBytes { get; set; } = 256L * 1024 * 1024;

    /// <summary>
    /// The longest an import may run, upload included. An import holds the store's single write session while the
    /// body streams in, so a stalled client must not keep every other writer waiting for ever.
    /// </summary>
    [Range(1, 86_400)]
    public int MaxDurationSeconds { get; set; } = 600;

    /// <summary>How long <c>waitForSearch=true</c> waits for the search index before answering without it.</summary>
    [Range(0, 3_600)]
    public int SearchWaitSeconds { get; set; } = 30;
}
