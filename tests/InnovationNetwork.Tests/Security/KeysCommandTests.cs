using InnovationNetwork.Access;
using InnovationNetwork.Tests.Interchange;
using InnovationNetwork.Tests.Support;

namespace InnovationNetwork.Tests.Security;

/// <summary><c>innovation-network keys</c> as an operator runs it: a real process, its output and exit code.</summary>
public sealed class KeysCommandTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    private string Data => _directory.File("data");

    [Fact]
    public async Task KeysCreate_Contributor_ShouldPrintAWorkingTokenOnceInTheServiceKeyFile()
    {
        var (exit, output, errors) = await RunAsync("keys", "create", "--name", "acme", "--role", "contributor", "--organisation", "firm:acme", "--organisation", "lab:amrc", "--data-dir", Data);

        Assert.True(exit == 0, errors);
        var token = output.Split('\n').Single(l => l.StartsWith("token: ", StringComparison.Ordinal))["token: ".Length..].Trim();
        Assert.Contains("cannot be shown again", errors, StringComparison.Ordinal);
        var key = ApiKeyStore.Open(Path.Combine(Data, ApiKeyStore.DefaultFileName)).Verify(token);
        Assert.NotNull(key);
        Assert.Equal(AccessRole.Contributor, key.Role);
        Assert.Equal(["firm:acme", "lab:amrc"], key.Organisations.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task KeysList_ShouldShowNamesAndRolesButNeverTokens()
    {
        var (_, created, _) = await RunAsync("keys", "create", "--name", "analyst", "--role", "reader", "--data-dir", Data);
        var token = created.Split('\n').Single(l => l.StartsWith("token: ", StringComparison.Ordinal))["token: ".Length..].Trim();

        var (exit, output, _) = await RunAsync("keys", "list", "--data-dir", Data);

        Assert.Equal(0, exit);
        Assert.Contains("analyst", output, StringComparison.Ordinal);
        Assert.Contains("reader", output, StringComparison.Ordinal);
        Assert.Contains("active", output, StringComparison.Ordinal);
        Assert.DoesNotContain(token[ApiKeyToken.Prefix.Length..], output, StringComparison.Ordinal);
        Assert.DoesNotContain(ApiKeyToken.Prefix, output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task KeysRevoke_ShouldRevokeThenRefuseASecondTime()
    {
        await RunAsync("keys", "create", "--name", "leaver", "--role", "admin", "--data-dir", Data);

        var first = await RunAsync("keys", "revoke", "--name", "leaver", "--data-dir", Data);
        var second = await RunAsync("keys", "revoke", "--name", "leaver", "--data-dir", Data);
        var list = await RunAsync("keys", "list", "--data-dir", Data);

        Assert.Equal(0, first.Exit);
        Assert.Equal(1, second.Exit);
        Assert.Contains("already revoked", second.Errors, StringComparison.Ordinal);
        Assert.Contains("revoked", list.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not recognized", "keys", "create", "--name", "x", "--role", "owner")]
    [InlineData("at least one organisation", "keys", "create", "--name", "x", "--role", "contributor")]
    [InlineData("only contributor keys", "keys", "create", "--name", "x", "--role", "reader", "--organisation", "firm:a")]
    [InlineData("key name must be", "keys", "create", "--name", "two words", "--role", "reader")]
    [InlineData("no key named", "keys", "revoke", "--name", "nobody")]
    public async Task Keys_InvalidInput_ShouldExplainInOneLineAndExitNonZero(string expected, params string[] arguments)
    {
        var (exit, _, errors) = await RunAsync([.. arguments, "--data-dir", Data]);

        Assert.NotEqual(0, exit);
        Assert.Contains(expected, errors, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", errors, StringComparison.Ordinal); // no stack trace
    }

    [Fact]
    public async Task KeysCreate_DuplicateName_ShouldRefuse()
    {
        await RunAsync("keys", "create", "--name", "twin", "--role", "reader", "--data-dir", Data);

        var (exit, output, errors) = await RunAsync("keys", "create", "--name", "TWIN", "--role", "admin", "--data-dir", Data);

        Assert.Equal(1, exit);
        Assert.Contains("already exists", errors, StringComparison.Ordinal);
        Assert.DoesNotContain("token:", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Keys_WithKeysFile_ShouldUseThatFile()
    {
        var file = _directory.File("elsewhere.db");

        var (exit, _, errors) = await RunAsync("keys", "create", "--name", "x", "--role", "reader", "--keys-file", file);

        Assert.True(exit == 0, errors);
        Assert.Single(ApiKeyStore.Open(file).List());
    }

    private static async Task<(int Exit, string Output, string Errors)> RunAsync(params string[] arguments)
    {
        using var process = ImportCrashTests.StartCli(arguments);
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await errors);
    }
}
