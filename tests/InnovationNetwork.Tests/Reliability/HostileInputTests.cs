using System.Collections.Concurrent;
using System.Text.Json;
using InnovationNetwork.Access;
using InnovationNetwork.Api.Import;
using InnovationNetwork.Tests.GraphQL;
using InnovationNetwork.Tests.Support;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace InnovationNetwork.Tests.Reliability;

/// <summary>
/// Thousands of malformed and hostile requests against a real Kestrel over loopback (real body limits, raw bytes):
/// each gets a 4xx or a well-formed GraphQL answer, never a 5xx or an internal error, and the service stays healthy.
/// </summary>
public sealed class HostileInputTests : IDisposable
{
    private const int Seed = 20_260_101;
    private const int MinimumRequests = 5_000;

    private readonly ApiFactory _factory;
    private readonly HttpClient _client;

    private readonly ITestOutputHelper _output;

    public HostileInputTests(ITestOutputHelper output)
    {
        _output = output;
        _factory = new ApiFactory(services => services.Configure<HttpImportOptions>(o => o.MaxBodyBytes = HostileCorpus.ImportMaxBytes));
        _factory.UseKestrel(0);
        _factory.StartServer();
        var address = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        _client = new HttpClient { BaseAddress = new Uri(address), Timeout = TimeSpan.FromSeconds(60) };

        // An admin key, so hostile import bodies and mutation arguments get past authorization to the code that parses them.
        _client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", _factory.CreateKey("hostile-admin", AccessRole.Admin));
    }

    [Fact]
    public async Task Service_HostileCorpus_ShouldAnswer4xxOrWellFormedGraphQLAndStayHealthy()
    {
        await _factory.WaitForSearchAsync();
        var schema = SchemaModel.Read(await _factory.ExecuteAsync(StandardIntrospectionQuery.Text));
        var corpus = new HostileCorpus(schema, Seed);
        var requests = corpus.Generate();
        Assert.True(requests.Count >= MinimumRequests, $"the corpus has {requests.Count} requests; it should have at least {MinimumRequests}");
        Assert.Equal(requests.Select(r => r.ToString()), new HostileCorpus(schema, Seed).Generate().Select(r => r.ToString()));
        Assert.Contains(corpus.TextSlots, s => s.Name == "search.query");
        Assert.Contains(corpus.TextSlots, s => s.Name == "labs.where.textContains");
        Assert.Contains(corpus.MutationTextSlots, s => s.Name == "createLab.input.website");
        Assert.Contains(corpus.MutationTextSlots, s => s.Name == "linkHasSkill.from");

        var offenders = new ConcurrentQueue<(string Problem, HostileRequest Request)>();
        await Parallel.ForEachAsync(requests, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (request, cancellationToken) =>
        {
            if (await HostileResponse.SendAndCheckAsync(_client, request, cancellationToken) is { } problem)
            {
                offenders.Enqueue((problem, request));
            }
        });

        var known = offenders.Where(o => KnownDefect.All.Any(d => d.Matches(o.Problem, o.Request))).ToList();
        var unknown = offenders.Except(known).ToList();
        foreach (var defect in KnownDefect.All)
        {
            var hits = known.Count(o => defect.Matches(o.Problem, o.Request));
            _output.WriteLine($"known defect, {hits} requests: {defect.Description}");
        }

        Assert.True(unknown.Count == 0, Describe(unknown, requests.Count));
        var stale = KnownDefect.All.Where(d => !known.Any(o => d.Matches(o.Problem, o.Request))).Select(d => d.Description).ToList();
        Assert.True(stale.Count == 0, "fixed, so remove from KnownDefect.All:\n" + string.Join('\n', stale));
        await AssertStillServingAsync();
    }

    /// <summary>Every offender, grouped by what went wrong and the kind of request, each group with its first request to replay.</summary>
    private static string Describe(IReadOnlyCollection<(string Problem, HostileRequest Request)> offenders, int total)
    {
        var groups = offenders
            .GroupBy(o => (Problem: o.Problem.Length > 120 ? o.Problem[..120] : o.Problem, o.Request.Kind))
            .OrderByDescending(g => g.Count())
            .Select(g => $"{g.Count()} × {g.Key.Problem}\n    [{g.Key.Kind}] e.g. {g.First().Request}");
        return $"{offenders.Count} of {total} requests were answered badly:\n" + string.Join('\n', groups);
    }

    private async Task AssertStillServingAsync()
    {
        await _factory.WaitForSearchAsync();
        using var health = await _client.GetAsync(new Uri("/health", UriKind.Relative));
        var report = JsonDocument.Parse(await health.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(System.Net.HttpStatusCode.OK, health.StatusCode);
        Assert.Equal("Healthy", report.GetProperty("status").GetString());

        using var content = new StringContent("""{"query":"{ labs(first: 3) { totalCount nodes { id name } } search(query: \"robotics\") { totalCount } }"}""", System.Text.Encoding.UTF8, "application/json");
        using var answer = await _client.PostAsync(new Uri("/graphql", UriKind.Relative), content);
        var body = JsonDocument.Parse(await answer.Content.ReadAsStringAsync()).RootElement;
        Assert.False(body.TryGetProperty("errors", out var errors), errors.ToString());
        Assert.True(body.GetProperty("data").GetProperty("labs").GetProperty("totalCount").GetInt32() > 0);
        Assert.True(body.GetProperty("data").GetProperty("search").GetProperty("totalCount").GetInt32() > 0);
    }

    public void Dispose()
    {
        _client.Dispose();
        _factory.Dispose();
    }
}
