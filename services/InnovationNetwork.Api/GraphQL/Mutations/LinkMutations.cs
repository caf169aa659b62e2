using GraphQL;
using GraphQL.Types;
using InnovationNetwork.Api.GraphQL.Execution;
using InnovationNetwork.Api.GraphQL.Types;
using InnovationNetwork.Graph.Model;
using InnovationNetwork.Graph.Schema;

namespace InnovationNetwork.Api.GraphQL.Mutations;

/// <summary>link and unlink of one relationship type, with the endpoint checks import makes.</summary>
internal sealed class LinkMutations(RelationshipTypeDefinition type)
{
    public async Task<object?> LinkAsync(IResolveFieldContext context)
    {
        var (from, to) = (context.GetArgument<string>("from"), context.GetArgument<string>("to"));
        var caller = MutationAccess.RequireLink(context, from, to);
        var properties = MutationInputs.ToJson(type.Properties.Select(p => KeyValuePair.Create(p.Name, context.GetArgument<object?>(p.Name))));
        var errors = MutationChecks.Validate(type, properties, string.Empty);
        if (!type.Directed && from == to)
        {
            errors.Add(ApiErrors.BadInput("to", $"a {type.Name} relationship cannot join a node to itself"));
        }

        if (!MutationChecks.Report(context, errors))
        {
            return null;
        }

        var changed = false;
        var written = await MutationWriter.WriteAsync(context, caller, async session =>
        {
            var problems = new List<ExecutionError>();
            foreach (var (id, start) in new[] { (from, true), (to, false) })
            {
                var label = await session.FindLabelAsync(id, context.CancellationToken);
                var argument = start ? "from" : "to";
                var problem = label is null ? $"node '{id}' does not exist" : type.CheckEndpoint(id, label, start);
                if (problem is not null)
                {
                    problems.Add(ApiErrors.BadInput(argument, problem));
                }
            }

            if (!MutationChecks.Report(context, problems))
            {
                return false;
            }

            changed = await session.UpsertRelationshipAsync(new GraphRelationship(from, type.Name, to, PropertyMap.FromElement(properties)), context.CancellationToken);
            return true;
        });
        return written is null ? null : new LinkResult(type.Name, from, to, changed);
    }

    public async Task<object?> UnlinkAsync(IResolveFieldContext context)
    {
        var (from, to) = (context.GetArgument<string>("from"), context.GetArgument<string>("to"));
        var caller = MutationAccess.RequireLink(context, from, to);
        var removed = false;
        await MutationWriter.WriteAsync(context, caller, async session =>
        {
            removed = await session.DeleteRelationshipAsync(new RelationshipKey(from, type.Name, to), context.CancellationToken);
            return removed;
        });
        return new LinkResult(type.Name, from, to, removed);
    }

    /// <summary>Adds this type's link and unlink mutations to the root type.</summary>
    public void AddTo(ObjectGraphType mutation, SchemaEnums enums)
    {
        var direction = type.Directed ? string.Empty : " Undirected: either order names the same relationship.";
        var ends = $"from a {string.Join(" or ", type.From)} to a {string.Join(" or ", type.To)}";
        var arguments = new List<QueryArgument>
        {
            new QueryArgument<NonNullGraphType<IdGraphType>> { Name = "from", Description = $"The start: a {string.Join(" or ", type.From)}." },
            new QueryArgument<NonNullGraphType<IdGraphType>> { Name = "to", Description = $"The end: a {string.Join(" or ", type.To)}." },
        };
        arguments.AddRange(type.Properties.Select(p => new QueryArgument(MutationInputs.RelationshipArgument(type, p, enums)) { Name = p.Name, Description = p.Description + (p.Required ? " Required." : string.Empty) }));
        MutationFields.Add(mutation, MutationNames.Link(type.Name), $"Adds a {type.Name} relationship {ends}, or replaces its properties. {type.Description}{direction}", typeof(LinkResultType), LinkAsync, [.. arguments]);
        MutationFields.Add(mutation, MutationNames.Unlink(type.Name), $"Removes the {type.Name} relationship {ends}; `changed` is false when there was none.{direction}", typeof(LinkResultType), UnlinkAsync, [.. arguments.Take(2)]);
    }
}
