using InnovationNetwork.Api.GraphStore;
using InnovationNetwork.Api.Health;

var builder = WebApplication.CreateBuilder(args);
builder.AddGraphStore();
builder.AddHealth();

var app = builder.Build();
app.MapHealth();
app.MapGet("/", () => Results.Redirect("/health"));
app.Run();

/// <summary>The web host's entry point; public so integration tests can start it with WebApplicationFactory.</summary>
public partial class Program;
