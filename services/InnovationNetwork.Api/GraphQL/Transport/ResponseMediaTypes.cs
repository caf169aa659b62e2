using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace InnovationNetwork.Api.GraphQL.Transport;

/// <summary>Chooses the response media type from the Accept header, as GraphQL over HTTP asks.</summary>
internal static class ResponseMediaTypes
{
    public const string Json = "application/json";
    public const string GraphQLResponseJson = "application/graphql-response+json";

    /// <summary>
    /// The best type the client accepts: <see cref="GraphQLResponseJson"/> or <see cref="Json"/>;
    /// no Accept header, <c>*/*</c> or <c>application/*</c> mean <see cref="Json"/>, which every GraphQL client reads.
    /// Null when the client accepts neither (answered with 406).
    /// </summary>
    public static string? Negotiate(StringValues accept)
    {
        if (StringValues.IsNullOrEmpty(accept))
        {
            return Json;
        }

        // A header we cannot parse is treated as absent rather than refused: a sloppy client still gets JSON.
        if (!MediaTypeHeaderValue.TryParseList(accept, out var offered) || offered.Count == 0)
        {
            return Json;
        }

        string? best = null;
        var bestQuality = 0.0;
        foreach (var type in offered)
        {
            var quality = type.Quality ?? 1.0;
            if (quality <= bestQuality || MatchOf(type) is not { } match)
            {
                continue;
            }

            best = match;
            bestQuality = quality;
        }

        return best;
    }

    private static string? MatchOf(MediaTypeHeaderValue type)
    {
        var name = type.MediaType;
        if (name.Equals(GraphQLResponseJson, StringComparison.OrdinalIgnoreCase))
        {
            return GraphQLResponseJson;
        }

        return name.Equals(Json, StringComparison.OrdinalIgnoreCase)
            || name.Equals("*/*", StringComparison.Ordinal)
            || name.Equals("application/*", StringComparison.OrdinalIgnoreCase)
            ? Json
            : null;
    }
}
