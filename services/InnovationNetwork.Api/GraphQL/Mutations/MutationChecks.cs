using System.Globalization;
using System.Text.Json;
using GraphQL;
using InnovationNetwork.Api.GraphQL.Execution;
using InnovationNetwork.Graph.Model;
using InnovationNetwork.Graph.Schema;
using InnovationNetwork.Graph.Store;
using InnovationNetwork.Graph.Validation;

namespace InnovationNetwork.Api.GraphQL.Mutations;

/// <summary>The checks mutations share: versions, ids, schema validation reported field by field.</summary>
internal static class MutationChecks
{
    /// <summary>The version a client sent back, or a BAD_USER_INPUT error naming the argument.</summary>
    public static string ParseVersion(string text) =>
        VersionToken.IsWellFormed(text)
            ? text
            : throw ApiErrors.BadInput("version", $"'{Shorten(text)}' is not a version: send back the version field you read");

    /// <summary>
    /// Returns the stored node when it is still in the state the client's version names; otherwise refuses with
    /// CONFLICT and the current version. Holding the store's one write session, nothing can change it afterwards.
    /// </summary>
    public static async Task<GraphNode> RequireVersionAsync(
        IGraphWriteSession session, IGraphStore store, string id, string label, string expected, CancellationToken cancellationToken)
    {
        await RequireLabelAsync(session, id, label, cancellationToken);
        var sequence = (await session.GetVersionAsync(id, cancellationToken))!.Value;
        var stored = (await store.GetNodeAsync(id, cancellationToken))!;
        if (!VersionToken.Matches(expected, sequence, stored.Properties))
        {
            var current = VersionToken.Of(sequence, stored.Properties);
            var conflict = ApiErrors.Conflict($"'{id}' has changed since version {expected} was read (it is now at {current}): read it again, then reapply your change");
            conflict.Data[ApiErrors.CurrentVersionKey] = current;
            throw conflict;
        }

        return stored;
    }

    /// <summary>NOT_FOUND unless the id names a node with this label.</summary>
    public static async Task RequireLabelAsync(IGraphWriteSession session, string id, string label, CancellationToken cancellationToken)
    {
        var found = await session.FindLabelAsync(id, cancellationToken);
        if (found != label)
        {
            throw ApiErrors.NotFound(found is null ? $"there is no {label} with id '{id}'" : $"'{id}' is a {found}, not a {label}");
        }
    }

    /// <summary>Schema problems of a property object, as errors whose field is under <paramref name="path"/>; empty when valid.</summary>
    public static List<ExecutionError> Validate(IPropertySchema schema, JsonElement properties, string path)
    {
        var problems = PropertyValidator.Validate(schema, properties, "properties");
        return problems.ConvertAll(p => ApiErrors.BadInput(Reroot(p, path), p.Message));
    }

    /// <summary>A BAD_USER_INPUT error when the id is not acceptable; null when it is.</summary>
    public static ExecutionError? CheckId(GraphSchema schema, string id, string path) =>
        schema.CheckId(id) is { } problem ? ApiErrors.BadInput(path, problem) : null;

    /// <summary>Adds the errors to the response; returns true when there were none.</summary>
    public static bool Report(IResolveFieldContext context, IEnumerable<ExecutionError> errors)
    {
        var any = false;
        foreach (var error in errors)
        {
            error.AddLocation(context.FieldAst, context.Document);
            error.Path = context.Path;
            context.Errors.Add(error);
            any = true;
        }

        return !any;
    }

    // The validator names fields "properties.x"; in a mutation they are "input.x", "set.x" or a bare argument.
    private static string Reroot(ValidationProblem problem, string path)
    {
        var rest = problem.Path.StartsWith("properties", StringComparison.Ordinal) ? problem.Path["properties".Length..] : "." + problem.Path;
        return path.Length == 0 ? rest.TrimStart('.') : path + rest;
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
