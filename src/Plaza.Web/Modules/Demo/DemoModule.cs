using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Demo;

/// <summary>Demo data for an empty database (Database:Seed, on by default) and a start-up banner with the sign-ins.</summary>
internal static class DemoModule
{
    public static WebApplicationBuilder AddDemo(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<DemoStatus>();
        builder.Services.AddScoped<IStartupSeeder, DemoSeeder>();
        builder.Services.AddHostedService<DemoBanner>();
        return builder;
    }
}
