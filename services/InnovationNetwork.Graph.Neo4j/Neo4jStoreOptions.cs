using System.ComponentModel.DataAnnotations;

namespace InnovationNetwork.Graph.Neo4j;

/// <summary>Where the Neo4j store is and how to sign in. Bound from the <c>Neo4j</c> configuration section.</summary>
public sealed class Neo4jStoreOptions : IValidatableObject
{
    public const string SectionName = "Neo4j";

    /// <summary>The HTTP(S) address of the server, e.g. <c>http://localhost:7474</c> or <c>https://xxxx.databases.neo4j.io</c>.</summary>
    public string? Uri { get; set; }

    /// <summary>Always named: Neo4j routes every request to one database, and a default would hide a wrong setting.</summary>
    public string Database { get; set; } = "neo4j";

    public string? User { get; set; }

    public string? Password { get; set; }

    /// <summary>A bearer token (e.g. from single sign-on) instead of a user and password.</summary>
    public string? Token { get; set; }

    [Range(1, 600)]
    public int RequestTimeoutSeconds { get; set; } = 30;

    /// <summary>How many times a request failing with <c>Neo.TransientError.*</c> (or an unreachable server) is tried again.</summary>
    [Range(0, 10)]
    public int MaxRetries { get; set; } = 4;

    /// <summary>Rows per <c>UNWIND $rows … MERGE</c> statement.</summary>
    [Range(1, 100_000)]
    public int WriteBatchSize { get; set; } = 5_000;

    public Uri BaseUri => new(Uri!, UriKind.Absolute);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (string.IsNullOrWhiteSpace(Uri))
        {
            yield return new ValidationResult(
                "Neo4j:Uri is required when GraphStore:Provider is Neo4j (e.g. http://localhost:7474).", [nameof(Uri)]);
        }
        else if (!System.Uri.TryCreate(Uri, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            yield return new ValidationResult(
                $"Neo4j:Uri '{Uri}' must be an absolute http:// or https:// address of Neo4j's HTTP port (7474, or 443 on Aura); " +
                "bolt:// and neo4j:// are not spoken here.", [nameof(Uri)]);
        }

        if (string.IsNullOrWhiteSpace(Database) || Database.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_')))
        {
            yield return new ValidationResult(
                $"Neo4j:Database '{Database}' is not a database name (letters, digits, '.', '-' and '_').", [nameof(Database)]);
        }

        var hasToken = !string.IsNullOrEmpty(Token);
        var hasUser = !string.IsNullOrEmpty(User);
        if (hasToken && (hasUser || !string.IsNullOrEmpty(Password)))
        {
            yield return new ValidationResult("Set either Neo4j:Token or Neo4j:User and Neo4j:Password, not both.", [nameof(Token)]);
        }
        else if (!hasToken && (!hasUser || string.IsNullOrEmpty(Password)))
        {
            yield return new ValidationResult(
                "Neo4j needs credentials: set Neo4j:User and Neo4j:Password (or Neo4j:Token for bearer sign-in).", [nameof(User), nameof(Password)]);
        }
    }
}
