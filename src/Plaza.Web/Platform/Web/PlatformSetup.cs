using System.Globalization;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Localization;
using Microsoft.OpenApi;
using Plaza.Web.Platform.Errors;
using Plaza.Web.Platform.Idempotency;
using Plaza.Web.Platform.Localization;

namespace Plaza.Web.Platform.Web;

/// <summary>Plumbing every module relies on: errors, JSON, localization, pages, OpenAPI, health.</summary>
internal static class PlatformSetup
{
    public static WebApplicationBuilder AddPlatform(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton(TimeProvider.System);
        services.AddHostedService<IdempotencyJanitor>();
        services.AddProxySupport(builder.Configuration);
        // Cookies and antiforgery tokens are Data Protection payloads: keep the key ring on disk (or a
        // shared volume for several nodes, via DataProtection:KeysPath) so they survive restarts.
        var keys = builder.Configuration["DataProtection:KeysPath"] ?? "data/keys";
        services.AddDataProtection().SetApplicationName("Plaza")
            .PersistKeysToFileSystem(new DirectoryInfo(Path.IsPathRooted(keys) ? keys : Path.Combine(builder.Environment.ContentRootPath, keys)));
        services.AddProblemDetails();
        services.AddExceptionHandler<ProblemExceptionHandler>();
        // Surface unreadable JSON bodies as exceptions so ProblemExceptionHandler can name the field.
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.Configure<JsonOptions>(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(System.Text.Json.JsonNamingPolicy.SnakeCaseLower)));

        services.AddLocalization();
        services.AddSingleton<IStringLocalizerFactory, JsonStringLocalizerFactory>();
        services.Configure<RequestLocalizationOptions>(o =>
        {
            var cultures = JsonStringLocalizerFactory.Cultures.Select(c => new CultureInfo(c)).ToList();
            o.DefaultRequestCulture = new RequestCulture("en");
            o.SupportedCultures = cultures;
            o.SupportedUICultures = cultures;
            o.FallBackToParentUICultures = true;
        });

        // Pages live in their module folders (Modules/X/Pages) with absolute routes, so discover them everywhere.
        services.AddRazorPages(o => o.RootDirectory = "/").AddViewLocalization();
        // Pages in Chinese and Spanish as text, not as entities ("&#x9009;" is eight bytes for one character): the encoder still
        // escapes what HTML gives meaning to (< > & ' "), and every script Plaza serves passes as itself.
        services.AddWebEncoders(o => o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        // With the root at "/", shared layouts and partials in Pages/Shared must be named as a search place.
        services.Configure<Microsoft.AspNetCore.Mvc.Razor.RazorViewEngineOptions>(o => o.PageViewLocationFormats.Add("/Pages/Shared/{0}.cshtml"));
        services.AddAntiforgery(o => o.HeaderName = "X-CSRF-TOKEN");
        services.AddSingleton<MenuRegistry>(); // modules add its entries with AddMenuEntry
        services.AddOpenApi(o =>
        {
            o.AddDocumentTransformer((document, _, _) =>
            {
                document.Info = new OpenApiInfo
                    { Title = "Plaza API", Version = "v1", Description = "Community commerce: stores, catalog, cart, orders, payments." };
                document.Components ??= new OpenApiComponents();
                document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
                document.Components.SecuritySchemes["bearer"] = new OpenApiSecurityScheme
                {
                    Type = SecuritySchemeType.Http,
                    Scheme = "bearer",
                    Description = "The accessToken from POST /api/v1/auth/sign-in.",
                };
                return Task.CompletedTask;
            });
            // Only operations that require a signed-in caller carry the bearer requirement.
            o.AddOperationTransformer((operation, context, _) =>
            {
                var metadata = context.Description.ActionDescriptor.EndpointMetadata;
                if (metadata.OfType<Microsoft.AspNetCore.Authorization.IAuthorizeData>().Any()
                    && !metadata.OfType<Microsoft.AspNetCore.Authorization.IAllowAnonymous>().Any())
                {
                    operation.Security ??= [];
                    operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference("bearer", context.Document)] = [] });
                }
                return Task.CompletedTask;
            });
        });
        return builder;
    }

    /// <summary>Whether the request (as first received, before an error handler re-ran it) is for the JSON API.</summary>
    public static bool IsApi(HttpContext http) =>
        (http.Features.Get<Microsoft.AspNetCore.Diagnostics.IExceptionHandlerPathFeature>()?.Path is { } original
            ? new PathString(original) : http.Request.Path).StartsWithSegments("/api");

    public static WebApplication UsePlatform(this WebApplication app)
    {
        app.UseProxySupport(app.Environment);
        // API callers get ProblemDetails (ProblemExceptionHandler); people get the error page instead.
        app.UseSecurityHeaders();
        app.UseExceptionHandler("/error");
        app.UseWhen(http => IsApi(http), api => api.UseStatusCodePages(async ctx =>
            await ctx.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>()
                .TryWriteAsync(new() { HttpContext = ctx.HttpContext, ProblemDetails = { Status = ctx.HttpContext.Response.StatusCode } })));
        app.UseWhen(http => !IsApi(http), pages => pages.UseStatusCodePagesWithReExecute("/error", "?code={0}"));
        app.UseStaticFiles();
        app.UseRequestLocalization();
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UsePrivateResponses();
        app.UseAntiforgery();
        app.UseMiddleware<IdempotencyMiddleware>();

        app.MapRazorPages();
        app.MapOpenApi("/openapi/{documentName}.json");
        app.UseSwaggerUI(o =>
        {
            o.RoutePrefix = "api-docs";
            o.SwaggerEndpoint("/openapi/v1.json", "Plaza API v1");
        });
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") });
        app.MapPost("/culture", async (HttpContext http, string? culture, string? returnUrl, CancellationToken ct) =>
        {
            if (!CultureCookie.IsSupported(culture)) culture = "en";
            CultureCookie.Set(http, culture!);
            // Signed in, the choice is the account's: it comes back on sign-in on any device, and notifications use it.
            foreach (var choice in http.RequestServices.GetServices<ICultureChoice>()) await choice.Chosen(http, culture!, ct);
            // Only a page on this site: "//evil", "/\\evil" and control characters go home (LocalRedirect would throw on them).
            return Results.LocalRedirect(RedirectHttpResult.IsLocalUrl(returnUrl) ? returnUrl! : "/");
        }).WithName("ChooseCulture").ExcludeFromDescription();
        return app;
    }
}
