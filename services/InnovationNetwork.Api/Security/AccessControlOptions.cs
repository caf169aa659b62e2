using System.ComponentModel.DataAnnotations;

namespace InnovationNetwork.Api.Security;

/// <summary>Where the API keys are and how long a looked-up key is trusted. Section <c>Access</c>.</summary>
public sealed class AccessControlOptions
{
    public const string SectionName = "Access";

    /// <summary>The key file; default <c>access-keys.db</c> in <c>GraphStore:DataDirectory</c> (also on Neo4j). Relative paths follow the content root.</summary>
    public string? KeyStorePath { get; set; }

    /// <summary>
    /// How long a key looked up by its token is reused without reading the file again. Also the longest time a
    /// revoked key keeps working, so it is capped at 10 seconds; 0 reads the file on every request.
    /// </summary>
    [Range(0, 10)]
    public int KeyCacheSeconds { get; set; } = 5;
}
