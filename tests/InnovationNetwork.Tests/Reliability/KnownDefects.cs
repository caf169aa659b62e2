namespace InnovationNetwork.Tests.Reliability;

/// <summary>
/// Defects the hostile corpus found outside the HTTP transport that still await their fix. An offender they match does not fail the test, but an entry that no longer matches anything does,
/// so each is removed once its fix lands.
/// </summary>
public sealed record KnownDefect(string Description, Func<string, HostileRequest, bool> Matches)
{
    public static readonly KnownDefect[] All =
    [
        new(
            "A document nested deeper than the parser allows (about 128 levels) makes GraphQLParser throw its max-depth exception, which "
            + "becomes 'Error executing document.' with INTERNAL_SERVER_ERROR instead of a parse or QUERY_TOO_COMPLEX error "
            + "(GraphQL/Execution/StableErrorCodes.cs could map UnhandledError { InnerException: GraphQLMaxDepthExceededException }).",
            (problem, request) => request.Kind.StartsWith("deep-", StringComparison.Ordinal)
                && problem.Contains("INTERNAL_SERVER_ERROR: Error executing document.", StringComparison.Ordinal)),
        new(
            "'mutation { … }' on a schema without a mutation type is 'Error executing document.' with INTERNAL_SERVER_ERROR; "
            + "the mutations work adds the type (then this entry goes stale and is removed).",
            (problem, request) => request.Kind == "mutation" && problem.Contains("INTERNAL_SERVER_ERROR: Error executing document.", StringComparison.Ordinal)),
    ];
}
