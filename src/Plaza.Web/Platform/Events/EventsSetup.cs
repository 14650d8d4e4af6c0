namespace Plaza.Web.Platform.Events;

internal static class EventsSetup
{
    public static WebApplicationBuilder AddEvents(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<EventOptions>(builder.Configuration.GetSection("Events"));
        builder.Services.AddSingleton<OutboxDispatcher>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<OutboxDispatcher>());
        return builder;
    }
}
