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

    /// <summary>A method, not a property: options validation reads every property, and this one needs a valid <see cref="Uri"/>.</summary>
    public Uri BaseUri() => new(Uri!, UriKind.Absolute);

    /// <summary>The variable that points the CLI and the store contract suite at a Neo4j (with <c>_USER</c>, <c>_PASSWORD</c> or <c>_TOKEN</c>, <c>_DATABASE</c>).</summary>
    public const string UriVariable = "INNOVATIONNETWORK_NEO4J_URI";

    /// <summary>Settings from <c>INNOVATIONNETWORK_NEO4J_*</c>, or null when <see cref="UriVariable"/> is not set.</summary>
    public static Neo4jStoreOptions? FromEnvironment()
    {
        if (Environment.GetEnvironmentVariable(UriVariable) is not { Length: > 0 } uri)
        {
            return null;
        }

        var token = Environment.GetEnvironmentVariable("INNOVATIONNETWORK_NEO4J_TOKEN");
        return new Neo4jStoreOptions
        {
            Uri = uri,
            Database = Environment.GetEnvironmentVariable("INNOVATIONNETWORK_NEO4J_DATABASE") is { Length: > 0 } database ? database : "neo4j",
            User = string.IsNullOrEmpty(token) ? Environment.GetEnvironmentVariable("INNOVATIONNETWORK_NEO4J_USER") ?? "neo4j" : null,
            Password = string.IsNullOrEmpty(token) ? Environment.GetEnvironmentVariable("INNOVATIONNETWORK_NEO4J_PASSWORD") : null,
            Token = token,
        };
    }

    /// <summary>Every validation problem, one message each (empty when the settings are usable).</summary>
    public IReadOnlyList<string> Problems()
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(this, new ValidationContext(this), results, validateAllProperties: true);
        return [.. results.Select(r => r.ErrorMessage ?? string.Empty)];
    }

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
