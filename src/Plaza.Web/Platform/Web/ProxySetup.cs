using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Plaza.Web.Platform.Web;

/// <summary>
/// Plaza behind nginx (README, "Running behind nginx with TLS"): the client's address and scheme come from X-Forwarded-For and
/// X-Forwarded-Proto, but only when a known proxy sends them, or anyone could choose their address (and so their rate limit).
/// Known proxies are ForwardedHeaders:KnownProxies (addresses or networks such as 10.0.0.0/8); unset, only loopback is trusted.
/// </summary>
internal static class ProxySetup
{
    public const string KnownProxiesKey = "ForwardedHeaders:KnownProxies";

    public static IServiceCollection AddProxySupport(this IServiceCollection services, IConfiguration configuration)
    {
        var proxies = configuration.GetSection(KnownProxiesKey).Get<string[]>() ?? [];
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            if (proxies.Length == 0) return; // the defaults: 127.0.0.0/8 and ::1
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            foreach (var proxy in proxies)
            {
                if (proxy.Contains('/') && System.Net.IPNetwork.TryParse(proxy, out var network)) o.KnownIPNetworks.Add(network);
                else if (IPAddress.TryParse(proxy, out var address)) o.KnownProxies.Add(address);
                else throw new InvalidOperationException($"{KnownProxiesKey}: '{proxy}' is neither an IP address nor a network such as 10.0.0.0/8.");
            }
        });
        // Once a browser has seen Plaza over HTTPS it never tries plain HTTP again. Subdomains are left out: they may be other sites.
        services.AddHsts(o => o.MaxAge = TimeSpan.FromDays(365));
        // Every cookie (session, antiforgery, culture, share attribution) is Secure when the request came over HTTPS.
        services.Configure<CookiePolicyOptions>(o => o.Secure = CookieSecurePolicy.SameAsRequest);
        return services;
    }

    /// <summary>First in the pipeline: everything after it (HSTS, cookies, rate limits, sign-in throttling) sees the real client.</summary>
    public static IApplicationBuilder UseProxySupport(this IApplicationBuilder app, IWebHostEnvironment environment)
    {
        app.UseForwardedHeaders();
        // Development runs on plain http://localhost, where HSTS would only get in the way (and UseHsts skips localhost anyway).
        if (!environment.IsDevelopment()) app.UseHsts();
        app.UseCookiePolicy();
        return app;
    }
}
