using System.Globalization;

namespace InnovationNetwork.Api.GraphQL.Mutations;

/// <summary>How schema names become mutation names: HAS_SKILL → linkHasSkill, Lab → createLab / upsertLabs.</summary>
internal static class MutationNames
{
    /// <summary>UPPER_SNAKE to PascalCase: HAS_SKILL → HasSkill.</summary>
    public static string Pascal(string upperSnake) =>
        string.Concat(upperSnake.Split('_', StringSplitOptions.RemoveEmptyEntries)
            .Select(word => word[..1] + word[1..].ToLower(CultureInfo.InvariantCulture)));

    public static string Create(string label) => "create" + label;

    public static string Update(string label) => "update" + label;

    public static string Delete(string label) => "delete" + label;

    public static string Upsert(string label) => "upsert" + label + "s";

    public static string Link(string type) => "link" + Pascal(type);

    public static string Unlink(string type) => "unlink" + Pascal(type);
}
