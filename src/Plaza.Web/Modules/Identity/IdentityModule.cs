using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Identity;
using Plaza.Web.Modules.Identity.Contracts;
using Plaza.Web.Platform.Auth;
using Plaza.Web.Platform.Web;

namespace Plaza.Web.Modules.Identity;

internal static class IdentityModule
{
    public static WebApplicationBuilder AddIdentity(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<IPasswordHasher<Account>, PasswordHasher<Account>>();
        builder.Services.AddSingleton(new PasswordPolicy(builder.Configuration[PasswordPolicy.SiteNameKey] ?? "Plaza"));
        builder.Services.AddScoped<SignInThrottle>();
        builder.Services.AddScoped<Platform.Localization.ICultureChoice, RememberCulture>();
        builder.Services.AddHostedService<ForgetSignInFailures>();
        builder.Services.AddScoped<IAccountDirectory, AccountDirectory>();
        builder.Services.AddScoped<IAccountSuspensions, AccountSuspensions>();
        builder.Services.AddScoped<IPasswordConfirmation, PasswordConfirmation>();
        builder.Services.AddScoped<Privacy.Contracts.IPersonalDataContributor, AccountPersonalData>();
        builder.Services.AddAuthentication(AuthSchemes.Cookie)
            .AddScheme<SessionAuthenticationOptions, SessionAuthenticationHandler>(AuthSchemes.Cookie, o => o.FromCookie = true)
            .AddScheme<SessionAuthenticationOptions, SessionAuthenticationHandler>(AuthSchemes.Bearer, o => o.FromCookie = false);
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy("api", p => p.AddAuthenticationSchemes(AuthSchemes.Bearer).RequireAuthenticatedUser())
            .AddPolicy("api-admin", p => p.AddAuthenticationSchemes(AuthSchemes.Bearer).RequireRole(Roles.Admin))
            .AddPolicy("admin", p => p.RequireRole(Roles.Admin));

        // Sign-in and registration are the doors attackers knock on: limit the attempts (posts) per client address. Looking at the
        // forms is free, or ten page views would lock a person out. The address is the real client's behind a known proxy (ProxySetup).
        var perMinute = builder.Configuration.GetValue("RateLimits:AuthPerMinute", 10);
        builder.Services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(AuthRateLimit.Policy, http => HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method)
                ? RateLimitPartition.GetNoLimiter("views")
                : RateLimitPartition.GetFixedWindowLimiter(http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        });
        builder.Services.AddMenuEntry(Menus.Main, "Account", "/account", 60, visibleTo: MenuAudience.SignedIn);
        builder.Services.AddMenuEntry(Menus.Main, "Sign in", "/account/sign-in", 60, visibleTo: MenuAudience.SignedOut, currentFor: ["/account*"]);
        builder.Services.AddMenuEntry(Menus.Main, "Admin", "/admin/users", 90, visibleTo: MenuAudience.InAnyRole(Roles.Admin), currentFor: ["/admin*"]);
        builder.Services.AddMenuEntry(Menus.Admin, "People and roles", "/admin/users", 10, testId: "nav-admin-users");
        return builder;
    }

    public static WebApplication MapIdentity(this WebApplication app)
    {
        var auth = app.MapGroup("/api/v1/auth").WithTags("Auth");
        auth.MapPost("/register", RegisterAccount.Handle).WithName("RegisterAccount").RequireRateLimiting(AuthRateLimit.Policy)
            .WithSummary("Register with an email address or mobile number and a password");
        auth.MapPost("/sign-in", SignIn.Handle).WithName("SignIn").RequireRateLimiting(AuthRateLimit.Policy)
            .WithSummary("Sign in; returns a bearer token for /api/v1");
        auth.MapPost("/sign-out", SignOut.Handle).WithName("SignOut").RequireAuthorization("api")
            .WithSummary("End this session: the token stops working at once");
        auth.MapGet("/me", GetMe.Handle).WithName("GetMyAccount").RequireAuthorization("api").WithSummary("The signed-in account");

        var admin = app.MapGroup("/api/v1/admin/accounts").WithTags("Admin").RequireAuthorization("api-admin");
        admin.MapGet("/", ListAccounts.Handle).WithName("ListAccounts").WithSummary("List accounts");
        admin.MapPost("/{id:guid}/roles", ManageRoles.HandleGrant).WithName("GrantRole").WithSummary("Grant a role");
        admin.MapDelete("/{id:guid}/roles/{role}", ManageRoles.HandleRevoke).WithName("RevokeRole").WithSummary("Revoke a role");
        return app;
    }
}
