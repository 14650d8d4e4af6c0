using System.Text.Json;
using System.Text.Json.Serialization;
using Plaza.Web.Platform.Auth;
using StackExchange.Redis;

namespace Plaza.Web.Platform.RealTime;

/// <summary>
/// SignalR for every module's hub (Live's rooms, Support's conversations): JSON with enums as camelCase strings, and with
/// <c>Redis:Configuration</c> set, the Redis backplane so a send from any node reaches connections on every node, plus one
/// shared <see cref="IConnectionMultiplexer"/> for modules that keep cross-node state in Redis. Without Redis one node
/// needs nothing else.
/// </summary>
internal static class RealTimeSetup
{
    /// <summary>A hub anyone may open; a signed-in caller is known by the page's cookie or an app's bearer token.</summary>
    public const string HubPolicy = "hub-caller";

    /// <summary>A hub for signed-in people only (cookie or bearer token).</summary>
    public const string SignedInHubPolicy = "hub-signed-in";

    public static bool HasRedis(this IConfiguration configuration) => configuration["Redis:Configuration"] is { Length: > 0 };

    public static WebApplicationBuilder AddRealTime(this WebApplicationBuilder builder)
    {
        var signalR = builder.Services.AddSignalR()
            .AddJsonProtocol(o => o.PayloadSerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase)));
        if (builder.Configuration.HasRedis())
        {
            var redis = builder.Configuration["Redis:Configuration"]!;
            builder.Services.AddSingleton<IConnectionMultiplexer>(_ => ConnectionMultiplexer.Connect(redis));
            signalR.AddStackExchangeRedis(redis, o => o.Configuration.ChannelPrefix = RedisChannel.Literal("plaza"));
        }
        builder.Services.AddAuthorizationBuilder().AddPolicy(HubPolicy,
            p => p.AddAuthenticationSchemes(AuthSchemes.Cookie, AuthSchemes.Bearer).RequireAssertion(_ => true));
        builder.Services.AddAuthorizationBuilder().AddPolicy(SignedInHubPolicy,
            p => p.AddAuthenticationSchemes(AuthSchemes.Cookie, AuthSchemes.Bearer).RequireAuthenticatedUser());
        return builder;
    }
}
