using System.Text;
using InnovationNetwork.Access;
using InnovationNetwork.Tests.Support;

namespace InnovationNetwork.Tests.Security;

/// <summary>The key file: tokens stored only as hashes, revocation, and the rules a key must meet.</summary>
public sealed class ApiKeyStoreTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    private ApiKeyStore Open() => ApiKeyStore.Open(_directory.File(ApiKeyStore.DefaultFileName));

    [Fact]
    public void Create_ShouldReturnAHighEntropyTokenThatVerifiesToTheKey()
    {
        var store = Open();

        var created = store.Create("acme-bot", AccessRole.Contributor, ["firm:acme", "lab:amrc"]);

        Assert.StartsWith(ApiKeyToken.Prefix, created.Token, StringComparison.Ordinal);
        Assert.Equal(ApiKeyToken.Length, created.Token.Length);
        Assert.True(ApiKeyToken.TryGetKeyId(created.Token, out _));
        var verified = store.Verify(created.Token);
        Assert.NotNull(verified);
        Assert.Equal("acme-bot", verified.Name);
        Assert.Equal(AccessRole.Contributor, verified.Role);
        Assert.Equal(["firm:acme", "lab:amrc"], verified.Organisations.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Create_TwoKeys_ShouldGiveDifferentTokens()
    {
        var store = Open();

        var first = store.Create("a", AccessRole.Reader).Token;
        var second = store.Create("b", AccessRole.Reader).Token;

        Assert.NotEqual(first, second);
        Assert.NotEqual(first[..20], second[..20]);
    }

    [Fact]
    public void KeyFile_ShouldNotContainTheTokenOrItsSecret()
    {
        var store = Open();
        var token = store.Create("reader-1", AccessRole.Reader).Token;
        var secret = token[(ApiKeyToken.Prefix.Length + 17)..];

        // Every file SQLite keeps for the database (the main file and its write-ahead log).
        var bytes = Directory.EnumerateFiles(_directory.Path).SelectMany(File.ReadAllBytes).ToArray();
        var text = Encoding.Latin1.GetString(bytes);

        Assert.DoesNotContain(secret, text, StringComparison.Ordinal);
        Assert.DoesNotContain(token, text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not-a-token")]
    [InlineData("Bearer ink_")]
    [InlineData("ink_0123456789abcdef_tooShort")]
    [InlineData("ink_0123456789ABCDEF_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public void Verify_MalformedOrUnknownToken_ShouldReturnNull(string token)
    {
        var store = Open();
        store.Create("someone", AccessRole.Admin);

        Assert.Null(store.Verify(token));
    }

    [Fact]
    public void Verify_RightKeyIdWrongSecret_ShouldReturnNull()
    {
        var store = Open();
        var token = store.Create("someone", AccessRole.Admin).Token;
        var forged = token[..^1] + (token[^1] == 'A' ? 'B' : 'A');

        Assert.Null(store.Verify(forged));
    }

    [Fact]
    public void Revoke_ShouldMarkTheKeyRevokedOnceAndKeepItListed()
    {
        var store = Open();
        var token = store.Create("leaver", AccessRole.Reader).Token;

        Assert.True(store.Revoke("leaver"));
        Assert.False(store.Revoke("leaver"));
        Assert.False(store.Revoke("nobody"));

        Assert.True(store.Verify(token)!.IsRevoked);
        Assert.True(Assert.Single(store.List()).IsRevoked);
    }

    [Theory]
    [InlineData("Leaver")]
    [InlineData("leaver")]
    public void Create_NameTakenEvenByARevokedKey_ShouldRefuse(string name)
    {
        var store = Open();
        store.Create("leaver", AccessRole.Reader);
        store.Revoke("leaver");

        var error = Assert.Throws<ApiKeyException>(() => store.Create(name, AccessRole.Admin));

        Assert.Contains("already exists", error.Message, StringComparison.Ordinal);
        Assert.Single(store.List());
    }

    [Theory]
    [InlineData("bad name", AccessRole.Reader, new string[0], "key name")]
    [InlineData("", AccessRole.Reader, new string[0], "key name")]
    [InlineData("x", AccessRole.Anonymous, new string[0], "role must be one of")]
    [InlineData("x", AccessRole.Contributor, new string[0], "at least one organisation")]
    [InlineData("x", AccessRole.Reader, new[] { "firm:a" }, "only contributor keys")]
    [InlineData("x", AccessRole.Admin, new[] { "firm:a" }, "only contributor keys")]
    [InlineData("x", AccessRole.Contributor, new[] { "firm: a" }, "not an organisation id")]
    public void Create_InvalidRequest_ShouldExplain(string name, AccessRole role, string[] organisations, string expected)
    {
        var store = Open();

        var error = Assert.Throws<ApiKeyException>(() => store.Create(name, role, organisations));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Empty(store.List());
    }

    [Fact]
    public void List_FromASecondStoreOnTheSameFile_ShouldSeeTheKeys()
    {
        Open().Create("cli-made", AccessRole.Contributor, ["firm:acme"]);

        var key = Assert.Single(Open().List());

        Assert.Equal("cli-made", key.Name);
        Assert.False(key.IsRevoked);
        Assert.Contains("firm:acme", key.Organisations);
    }
}
