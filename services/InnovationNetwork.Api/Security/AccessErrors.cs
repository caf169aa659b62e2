using GraphQL;
using InnovationNetwork.Access;
using InnovationNetwork.Api.GraphQL.Execution;

namespace InnovationNetwork.Api.Security;

/// <summary>GraphQL errors for a caller who may not do or see something: the code says whether a key would help.</summary>
public static class AccessErrors
{
    /// <summary>
    /// <c>UNAUTHENTICATED</c> for an anonymous caller (sending a key may help), <c>FORBIDDEN</c> for a key that does
    /// not allow it. <paramref name="what"/> completes "... needs ...", e.g. "Firm.contactEmail needs a reader key or above".
    /// </summary>
    public static ExecutionError Denied(Caller caller, string what) =>
        caller.Role == AccessRole.Anonymous
            ? ApiErrors.Unauthenticated($"{what}: send an API key as 'Authorization: Bearer <token>'")
            : ApiErrors.Forbidden($"{what}: the key '{caller.KeyName}' is a {AccessRoleNames.NameOf(caller.Role)} key");

    /// <summary>The error for reading a property whose visibility is <paramref name="role"/>.</summary>
    public static ExecutionError HiddenProperty(Caller caller, string label, string property, AccessRole role) =>
        Denied(caller, $"{label}.{property} is visible to {AccessRoleNames.NameOf(role)} keys and above");
}
