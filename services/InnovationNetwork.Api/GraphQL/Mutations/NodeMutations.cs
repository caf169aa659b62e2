using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;
using InnovationNetwork.Api.GraphQL.Execution;
using InnovationNetwork.Api.GraphQL.Types;
using InnovationNetwork.Graph.Model;
using InnovationNetwork.Graph.Schema;
using InnovationNetwork.Graph.Store;

namespace InnovationNetwork.Api.GraphQL.Mutations;

/// <summary>create, update, delete and batched upsert of one node label, validated as import validates.</summary>
internal sealed class NodeMutations(GraphSchema schema, NodeLabelDefinition label)
{
    /// <summary>Most nodes one batched upsert may carry: larger loads belong to <c>POST /import</c>.</summary>
    public const int MaxBatch = 1_000;

    public async Task<object?> CreateAsync(IResolveFieldContext context)
    {
        var caller = MutationAccess.RequireAdmin(context);
        var input = context.GetArgument<Dictionary<string, object?>>("input");
        if (!TryBuild(context, input, "input", out var node))
        {
            return null;
        }

        await MutationWriter.WriteAsync(context, caller, async session =>
        {
            if (await session.FindLabelAsync(node.Id, context.CancellationToken) is { } existing)
            {
                throw ApiErrors.Conflict($"'{node.Id}' already exists (a {existing}): use {MutationNames.Update(existing)} to change it");
            }

            return await session.UpsertNodeAsync(node, context.CancellationToken);
        });
        return node;
    }

    public async Task<object?> UpdateAsync(IResolveFieldContext context)
    {
        var id = context.GetArgument<string>("id");
        var caller = MutationAccess.RequireNode(context, id);
        var version = MutationChecks.ParseVersion(context.GetArgument<string>("version"));
        var patch = context.GetArgument<Dictionary<string, object?>>("set");
        var store = context.RequestServices!.GetRequiredService<IGraphStore>();
        GraphNode? updated = null;
        await MutationWriter.WriteAsync(context, caller, async session =>
        {
            var stored = await MutationChecks.RequireVersionAsync(session, store, id, label.Name, version, context.CancellationToken);
            var merged = MutationInputs.Patch(stored.Properties, patch);
            if (!MutationChecks.Report(context, MutationChecks.Validate(label, merged, "set")))
            {
                return false;
            }

            updated = new GraphNode(id, label.Name, PropertyMap.FromElement(merged));
            return await session.UpsertNodeAsync(updated, context.CancellationToken);
        });
        return updated;
    }

    public async Task<object?> DeleteAsync(IResolveFieldContext context)
    {
        var caller = MutationAccess.RequireAdmin(context);
        var id = context.GetArgument<string>("id");
        var version = MutationChecks.ParseVersion(context.GetArgument<string>("version"));
        var store = context.RequestServices!.GetRequiredService<IGraphStore>();
        await MutationWriter.WriteAsync(context, caller, async session =>
        {
            await MutationChecks.RequireVersionAsync(session, store, id, label.Name, version, context.CancellationToken);
            return await session.DeleteNodeAsync(id, context.CancellationToken);
        });
        return new DeletedNode(id, label.Name);
    }

    public async Task<object?> UpsertManyAsync(IResolveFieldContext context)
    {
        var caller = MutationAccess.RequireAdmin(context);
        var inputs = context.GetArgument<List<Dictionary<string, object?>>>("inputs");
        if (inputs.Count > MaxBatch)
        {
            throw ApiErrors.BadInput("inputs", $"{inputs.Count} nodes in one call; at most {MaxBatch} (use POST /import for bulk loads)");
        }

        var nodes = new List<GraphNode>(inputs.Count);
        var valid = true;
        for (var i = 0; i < inputs.Count; i++)
        {
            valid &= TryBuild(context, inputs[i], $"inputs[{i}]", out var node);
            nodes.Add(node);
        }

        var duplicate = nodes.Where(n => n is not null).GroupBy(n => n.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (!valid || (duplicate is not null && !MutationChecks.Report(context, [ApiErrors.BadInput("inputs", $"'{duplicate.Key}' appears more than once")])))
        {
            return null;
        }

        var result = new UpsertResult();
        await MutationWriter.WriteAsync(context, caller, async session =>
        {
            for (var i = 0; i < nodes.Count; i++)
            {
                var existing = await session.FindLabelAsync(nodes[i].Id, context.CancellationToken);
                if (existing is not null && existing != label.Name)
                {
                    throw ApiErrors.BadInput($"inputs[{i}].id", $"'{nodes[i].Id}' is already a {existing}; one id cannot have two labels");
                }

                var changed = await session.UpsertNodeAsync(nodes[i], context.CancellationToken);
                result.Count(existing is null, changed);
            }

            return true;
        });
        result.Ids = [.. nodes.Select(n => n.Id)];
        return result;
    }

    /// <summary>Adds this label's four mutations to the root type.</summary>
    public void AddTo(ObjectGraphType mutation, Type nodeGraphType, SchemaEnums enums)
    {
        var create = MutationInputs.CreateInput(label, enums);
        var patch = MutationInputs.PatchInput(label, enums);
        var returns = nodeGraphType; // nullable: a refused mutation gives null with its errors
        var name = label.Name;
        MutationFields.Add(mutation, MutationNames.Create(name), $"Adds a new {name} (admin). CONFLICT when the id exists.", returns, CreateAsync,
            new QueryArgument(new NonNullGraphType(create)) { Name = "input", Description = $"The new {name}." });
        MutationFields.Add(mutation, MutationNames.Update(name), $"Changes some properties of a {name} (admin, or a contributor for its own organisation). CONFLICT when it changed since `version` was read.", returns, UpdateAsync,
            new QueryArgument<NonNullGraphType<IdGraphType>> { Name = "id", Description = $"The {name} to change." },
            new QueryArgument<NonNullGraphType<StringGraphType>> { Name = "version", Description = "The `version` you read; the update is refused if the node changed since." },
            new QueryArgument(new NonNullGraphType(patch)) { Name = "set", Description = "The fields to change; null removes an optional property." });
        MutationFields.Add(mutation, MutationNames.Delete(name), $"Deletes a {name} and every relationship attached to it (admin). CONFLICT when it changed since `version` was read.", typeof(DeletedNodeType), DeleteAsync,
            new QueryArgument<NonNullGraphType<IdGraphType>> { Name = "id", Description = $"The {name} to delete." },
            new QueryArgument<NonNullGraphType<StringGraphType>> { Name = "version", Description = "The `version` you read." });
        MutationFields.Add(mutation, MutationNames.Upsert(name), $"Creates or replaces up to {MaxBatch} {name} nodes in one transaction, all or nothing (admin). Replaces every property, as import does; no version check.", typeof(UpsertResultType), UpsertManyAsync,
            new QueryArgument(new NonNullGraphType(new ListGraphType(new NonNullGraphType(create)))) { Name = "inputs", Description = $"The {name} nodes, whole." });
    }

    private bool TryBuild(IResolveFieldContext context, Dictionary<string, object?> input, string path, out GraphNode node)
    {
        var id = (string)input["id"]!;
        var properties = MutationInputs.ToJson(input.Where(p => p.Key != "id"));
        var errors = MutationChecks.Validate(label, properties, path);
        if (MutationChecks.CheckId(schema, id, path + ".id") is { } badId)
        {
            errors.Insert(0, badId);
        }

        node = new GraphNode(id, label.Name, PropertyMap.FromElement(properties));
        return MutationChecks.Report(context, errors);
    }
}
