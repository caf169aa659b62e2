using System.Collections.Frozen;
using System.Reflection;

namespace InnovationNetwork.Api.GraphiQL;

/// <summary>
/// The GraphiQL page and its files. GraphiQL and React are copied from npm into <c>wwwroot/graphiql</c> beside the
/// service's assembly at build time (GraphiQL.targets); the page and its start-up script are embedded in the assembly.
/// When the npm files are missing (a build without network) the page says so instead of failing.
/// </summary>
internal sealed class GraphiQLAssets
{
    private const string InitScript = "graphiql-init.js";

    private static readonly FrozenDictionary<string, string> BundledFiles = new Dictionary<string, string>
    {
        ["graphiql.min.js"] = "text/javascript; charset=utf-8",
        ["graphiql.min.css"] = "text/css; charset=utf-8",
        ["react.production.min.js"] = "text/javascript; charset=utf-8",
        ["react-dom.production.min.js"] = "text/javascript; charset=utf-8",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // The page runs only files from this origin; inline styles stay allowed because GraphiQL's editor sets them.
    private const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'self'";

    private readonly string _directory;
    private readonly string _page;
    private readonly string _missingPage;
    private readonly string _initScript;

    public GraphiQLAssets(string directory)
    {
        _directory = directory;
        IsBundled = BundledFiles.Keys.All(file => File.Exists(Path.Combine(directory, file)));
        var version = typeof(GraphiQLAssets).Assembly.ManifestModule.ModuleVersionId.ToString("N")[..12];
        _page = ReadEmbedded("graphiql.html").Replace("%VERSION%", version, StringComparison.Ordinal);
        _missingPage = ReadEmbedded("graphiql-missing.html");
        _initScript = ReadEmbedded(InitScript);
    }

    /// <summary>Whether the npm files were bundled into this build.</summary>
    public bool IsBundled { get; }

    public IResult Page(HttpContext context)
    {
        var headers = context.Response.Headers;
        headers.CacheControl = "no-cache";
        headers.XContentTypeOptions = "nosniff";
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        var pathBase = context.Request.PathBase.Value ?? "";
        return IsBundled
            ? Results.Content(_page.Replace("%BASE%", pathBase, StringComparison.Ordinal), "text/html; charset=utf-8")
            : Results.Content(
                _missingPage.Replace("%BASE%", pathBase, StringComparison.Ordinal),
                "text/html; charset=utf-8",
                statusCode: StatusCodes.Status503ServiceUnavailable);
    }

    public IResult Asset(string file, HttpContext context)
    {
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        if (file == InitScript)
        {
            headers.CacheControl = "no-cache";
            return Results.Content(_initScript, "text/javascript; charset=utf-8");
        }

        // Only the four known names: the route value never becomes an arbitrary path on disk.
        if (!BundledFiles.TryGetValue(file, out var contentType))
        {
            return Results.NotFound();
        }

        var path = Path.Combine(_directory, file);
        if (!File.Exists(path))
        {
            return Results.NotFound();
        }

        // The page asks for each file with its package version in the query, so a long cache life is safe.
        headers.CacheControl = "public, max-age=604800";
        return TypedResults.PhysicalFile(path, contentType, lastModified: File.GetLastWriteTimeUtc(path));
    }

    private static string ReadEmbedded(string name)
    {
        var resource = $"InnovationNetwork.Api.GraphiQL.{name}";
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Embedded resource {resource} is missing; GraphiQL.targets embeds it.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
