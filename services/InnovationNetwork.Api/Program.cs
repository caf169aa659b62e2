using InnovationNetwork.Api.Analytics;
using InnovationNetwork.Api.Benchmarks;
using InnovationNetwork.Api.GraphiQL;
using InnovationNetwork.Api.GraphQL;
using InnovationNetwork.Api.GraphQL.Transport;
using InnovationNetwork.Api.GraphStore;
using InnovationNetwork.Api.Health;
using InnovationNetwork.Api.Import;
using InnovationNetwork.Api.Search;
using InnovationNetwork.Api.Security;

var builder = WebApplication.CreateBuilder(args);
builder.AddGraphStore();
builder.AddHealth();
builder.AddAnalytics();
builder.AddSearch();
builder.AddGraphQLApi();
builder.AddGraphQLHttp();
builder.AddHttpImport();
builder.AddAccessControl();

var app = builder.Build();
app.UseAccessControl();
app.MapHealth();
app.MapGraphQLEndpoint();
app.MapImportEndpoint();
app.MapGraphiQL();
app.MapPlainBenchmarkEndpoint();
app.MapGet("/", () => Results.Redirect("/health"));
app.Run();

/// <summary>The web host's entry point; public so integration tests can start it with WebApplicationFactory.</summary>
public partial class Program;
