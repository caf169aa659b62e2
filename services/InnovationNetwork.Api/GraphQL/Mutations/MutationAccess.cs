using GraphQL;
using InnovationNetwork.Access;
using InnovationNetwork.Api.GraphQL.Execution;
using InnovationNetwork.Api.Security;

namespace InnovationNetwork.Api.GraphQL.Mutations;

/// <summary>
/// Who may change what. Anonymous callers change nothing; readers read; a contributor may update the
/// organisations its key is linked to and link or unlink their relationships; an admin may do everything.
/// Failures are thrown as errors with <c>UNAUTHENTICATED</c> or <c>FORBIDDEN</c>, before anything is read or written.
/// </summary>
internal static class MutationAccess
{
    /// <summary>Creating, deleting and batch upserts: admin only.</summary>
    public static Caller RequireAdmin(IResolveFieldContext context)
    {
        var caller = RequireContributor(context);
        return caller.IsAtLeast(AccessRole.Admin)
            ? caller
            : throw ApiErrors.Forbidden($"{context.FieldDefinition.Name} needs an admin key; key '{caller.KeyName}' is a {Describe(caller.Role)}");
    }

    /// <summary>Updating a node: admins any; contributors only their own organisations.</summary>
    public static Caller RequireNode(IResolveFieldContext context, string id)
    {
        var caller = RequireContributor(context);
        return caller.MayChangeOrganisation(id)
            ? caller
            : throw ApiErrors.Forbidden($"key '{caller.KeyName}' may change only its own organisations ({Own(caller)}), not '{id}'");
    }

    /// <summary>Linking or unlinking: admins any; contributors when either end is one of their organisations.</summary>
    public static Caller RequireLink(IResolveFieldContext context, string from, string to)
    {
        var caller = RequireContributor(context);
        return caller.MayChangeOrganisation(from) || caller.MayChangeOrganisation(to)
            ? caller
            : throw ApiErrors.Forbidden(
                $"key '{caller.KeyName}' may change only relationships of its own organisations ({Own(caller)}); neither '{from}' nor '{to}' is one");
    }

    private static Caller RequireContributor(IResolveFieldContext context)
    {
        var caller = context.User.GetCaller();
        if (!caller.IsAtLeast(AccessRole.Reader))
        {
            throw ApiErrors.Unauthenticated("changing the graph needs an API key: send it as 'Authorization: Bearer <token>'");
        }

        return caller.IsAtLeast(AccessRole.Contributor)
            ? caller
            : throw ApiErrors.Forbidden($"key '{caller.KeyName}' is a {Describe(caller.Role)} key: changing the graph needs a contributor or admin key");
    }

    private static string Own(Caller caller) => caller.Organisations.Count == 0 ? "none" : string.Join(", ", caller.Organisations.Order(StringComparer.Ordinal));

    private static string Describe(AccessRole role) => role.ToString().ToLowerInvariant();
}
