using System.Text.Json;

namespace InnovationNetwork.Cli.Generation;

/// <summary>Property names shared by labs, firms and funders, encoded once.</summary>
internal static class OrganisationFields
{
    public static readonly JsonEncodedText Name = JsonEncodedText.Encode("name");
    public static readonly JsonEncodedText Description = JsonEncodedText.Encode("description");
    public static readonly JsonEncodedText Kind = JsonEncodedText.Encode("kind");
    public static readonly JsonEncodedText Website = JsonEncodedText.Encode("website");
    public static readonly JsonEncodedText Founded = JsonEncodedText.Encode("founded");
    public static readonly JsonEncodedText OpenToCollaboration = JsonEncodedText.Encode("openToCollaboration");
    public static readonly JsonEncodedText Synthetic = JsonEncodedText.Encode("synthetic");
}
