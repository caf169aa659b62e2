using System.CommandLine;
using System.Globalization;
using InnovationNetwork.Access;

namespace InnovationNetwork.Cli.Commands;

/// <summary><c>keys create | list | revoke</c>: the API keys the service accepts, in the same key file it reads.</summary>
internal static class KeysCommand
{
    private static readonly Option<string?> KeysFile = new("--keys-file")
    {
        Description = $"The key file (default: {ApiKeyStore.DefaultFileName} inside --data-dir, where the service looks by default).",
        Recursive = true,
    };

    private static readonly Option<string> Name = new("--name")
    {
        Description = "The key's name: who its holder is, as provenance records it (letters, digits, '.', '-', '_', '@').",
        Required = true,
    };

    public static Command Create()
    {
        var keys = new Command("keys", "Create, list and revoke the API keys clients send as bearer tokens. The service sees changes within seconds.")
        {
            CreateCommand(), ListCommand(), RevokeCommand(),
        };
        keys.Options.Add(KeysFile);
        return keys;
    }

    private static Command CreateCommand()
    {
        var role = new Option<string>("--role") { Description = "reader, contributor or admin.", Required = true };
        role.AcceptOnlyFromAmong([.. AccessRoleNames.KeyRoles]);
        var organisations = new Option<string[]>("--organisation")
        {
            Description = "An organisation id a contributor key may change (repeat for several); contributors only.",
            AllowMultipleArgumentsPerToken = false,
        };
        var command = new Command("create", "Create a key and print its token once.") { Name, role, organisations };
        command.SetAction(parse =>
        {
            // AcceptOnlyFromAmong has refused anything else; Anonymous would be refused by the store with the list of roles.
            var parsed = AccessRoleNames.TryParseKeyRole(parse.GetValue(role), out var known) ? known : AccessRole.Anonymous;
            var created = Open(parse).Create(parse.GetValue(Name)!, parsed, parse.GetValue(organisations));
            var key = created.Key;
            Console.WriteLine($"created {AccessRoleNames.NameOf(key.Role)} key '{key.Name}'{Linked(key)}");
            Console.WriteLine($"token: {created.Token}");
            Console.Error.WriteLine("note: this token is shown only now and cannot be shown again (only its hash is stored); keep it secret.");
            Console.Error.WriteLine("      send it as 'Authorization: Bearer <token>'.");
            return CommonOptions.Success;
        });
        return command;
    }

    private static Command ListCommand()
    {
        var command = new Command("list", "List the keys: name, role, organisations, created and revoked times (never tokens).");
        command.SetAction(parse =>
        {
            var keys = Open(parse).List();
            if (keys.Count == 0)
            {
                Console.WriteLine("no keys");
                return CommonOptions.Success;
            }

            foreach (var key in keys)
            {
                var status = key.RevokedAt is { } revoked ? $"revoked {Time(revoked)}" : "active";
                Console.WriteLine($"{key.Name,-24} {AccessRoleNames.NameOf(key.Role),-12} created {Time(key.CreatedAt)}  {status}{Linked(key)}");
            }

            return CommonOptions.Success;
        });
        return command;
    }

    private static Command RevokeCommand()
    {
        var command = new Command("revoke", "Revoke a key: requests with its token are refused from within a few seconds.") { Name };
        command.SetAction(parse =>
        {
            var name = parse.GetValue(Name)!;
            var store = Open(parse);
            if (store.Revoke(name))
            {
                Console.WriteLine($"revoked key '{name}'");
                return CommonOptions.Success;
            }

            var exists = store.List().Any(k => string.Equals(k.Name, name, StringComparison.OrdinalIgnoreCase));
            Console.Error.WriteLine(exists ? $"error: key '{name}' is already revoked" : $"error: there is no key named '{name}'");
            return CommonOptions.InvalidInput;
        });
        return command;
    }

    private static ApiKeyStore Open(ParseResult parse) =>
        ApiKeyStore.Open(parse.GetValue(KeysFile) ?? Path.Combine(parse.GetValue(CommonOptions.DataDirectory)!, ApiKeyStore.DefaultFileName));

    private static string Linked(ApiKey key) => key.Organisations.Count == 0 ? string.Empty : $" for {string.Join(", ", key.Organisations)}";

    private static string Time(DateTimeOffset value) => value.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
