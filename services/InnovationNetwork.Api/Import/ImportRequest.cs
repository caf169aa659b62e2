using System.Globalization;
using System.Text.RegularExpressions;
using InnovationNetwork.Graph.Interchange;
using InnovationNetwork.Graph.Store;

namespace InnovationNetwork.Api.Import;

/// <summary>The options of one <c>POST /import</c>, read from its query string.</summary>
internal sealed partial record ImportRequest(bool DryRun, bool SkipInvalidLines, int MaxErrors, bool WaitForSearch, string Name)
{
    public const int MaxListedErrors = 1_000;
    private const int DefaultMaxErrors = 100;

    // A misspelt option must not be ignored: "dry_run=true" silently applying a file is the worst outcome.
    private static readonly string[] Known = ["dryRun", "skipInvalidLines", "maxErrors", "waitForSearch", "name"];

    /// <summary>The importer's options; what it changes is stamped with the caller's key and <c>import:</c> and the name.</summary>
    public ImportOptions ToImportOptions(string actor) => new()
    {
        DryRun = DryRun,
        SkipInvalidLines = SkipInvalidLines,
        MaxListedErrors = MaxErrors,
        Origin = WriteOrigin.Now(actor, "import:" + Name),
    };

    /// <summary>Reads the options, or says which one is wrong and what it accepts.</summary>
    public static string? Parse(IQueryCollection query, out ImportRequest request)
    {
        request = new ImportRequest(false, false, DefaultMaxErrors, false, "request");
        foreach (var (key, values) in query)
        {
            if (!Known.Contains(key, StringComparer.OrdinalIgnoreCase))
            {
                return $"Unknown option '{key}'; the options are {string.Join(", ", Known)}.";
            }

            if (values.Count > 1)
            {
                return $"The option '{key}' is given more than once.";
            }
        }

        if (Flag(query, "dryRun", out var dryRun) is { } dryRunError)
        {
            return dryRunError;
        }

        if (Flag(query, "skipInvalidLines", out var skip) is { } skipError)
        {
            return skipError;
        }

        if (Flag(query, "waitForSearch", out var wait) is { } waitError)
        {
            return waitError;
        }

        var maxErrors = DefaultMaxErrors;
        if (query.TryGetValue("maxErrors", out var maxText)
            && (!int.TryParse(maxText, NumberStyles.None, CultureInfo.InvariantCulture, out maxErrors) || maxErrors > MaxListedErrors))
        {
            return $"'maxErrors' must be a whole number from 0 to {MaxListedErrors}; got '{maxText}'.";
        }

        var name = query.TryGetValue("name", out var nameText) ? nameText.ToString() : "request";
        if (!SourceName().IsMatch(name))
        {
            return "'name' must be 1 to 100 letters, digits, '.', '_', '-' or ':'.";
        }

        request = new ImportRequest(dryRun, skip, maxErrors, wait, name);
        return null;
    }

    /// <summary><c>true</c>, <c>false</c>, <c>1</c>, <c>0</c>, or the bare name (<c>?dryRun</c>) for true.</summary>
    private static string? Flag(IQueryCollection query, string key, out bool value)
    {
        value = false;
        if (!query.TryGetValue(key, out var text))
        {
            return null;
        }

        var flag = text.ToString();
        value = flag.Length == 0 || flag == "1" || flag.Equals("true", StringComparison.OrdinalIgnoreCase);
        return value || flag == "0" || flag.Equals("false", StringComparison.OrdinalIgnoreCase)
            ? null
            : $"'{key}' must be true or false; got '{flag}'.";
    }

    [GeneratedRegex(@"^[A-Za-z0-9._:\-]{1,100}$")]
    private static partial Regex SourceName();
}
