using Microsoft.Extensions.Options;

namespace InnovationNetwork.Api.Hosting;

public static class ValidatedOptions
{
    /// <summary>
    /// Binds options from a configuration section and validates their data annotations at start-up, so a
    /// bad setting stops the service with a message instead of failing on first use.
    /// </summary>
    public static OptionsBuilder<TOptions> AddValidatedOptions<TOptions>(this IHostApplicationBuilder builder, string sectionName)
        where TOptions : class =>
        builder.Services.AddOptions<TOptions>()
            .Bind(builder.Configuration.GetSection(sectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
}
