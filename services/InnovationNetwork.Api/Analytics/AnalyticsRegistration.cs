using InnovationNetwork.Analytics;
using InnovationNetwork.Analytics.Matching;
using InnovationNetwork.Analytics.Snapshot;
using InnovationNetwork.Api.Hosting;
using Microsoft.Extensions.Options;

namespace InnovationNetwork.Api.Analytics;

public static class AnalyticsRegistration
{
    /// <summary>Registers the analytics snapshot (refreshed from the change feed in the background) and the scorers.</summary>
    public static IHostApplicationBuilder AddAnalytics(this IHostApplicationBuilder builder)
    {
        builder.AddValidatedOptions<AnalyticsOptions>(AnalyticsOptions.SectionName);
        builder.Services.AddSingleton(services => services.GetRequiredService<IOptions<AnalyticsOptions>>().Value);
        builder.Services.AddSingleton<SnapshotCache>();
        builder.Services.AddSingleton<PartnerMatcher>();
        builder.Services.AddSingleton<BottleneckSolver>();
        builder.Services.AddHostedService<SnapshotRefresher>();
        return builder;
    }
}
