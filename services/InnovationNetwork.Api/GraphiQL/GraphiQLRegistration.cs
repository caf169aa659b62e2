namespace InnovationNetwork.Api.GraphiQL;

public static class GraphiQLRegistration
{
    /// <summary>Serves the GraphiQL IDE at <c>/graphiql</c> (its files under <c>/graphiql/…</c>), working against <c>/graphql</c>.</summary>
    public static WebApplication MapGraphiQL(this WebApplication app)
    {
        var assets = new GraphiQLAssets(Path.Combine(AppContext.BaseDirectory, "wwwroot", "graphiql"));
        if (!assets.IsBundled)
        {
            app.Logger.LogWarning("GraphiQL files were not bundled into this build; /graphiql explains how to add them");
        }

        app.MapGet("/graphiql", assets.Page).ExcludeFromDescription();
        app.MapGet("/graphiql/{file}", assets.Asset).ExcludeFromDescription();
        return app;
    }
}
