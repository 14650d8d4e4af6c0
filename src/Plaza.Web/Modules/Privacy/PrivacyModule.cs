using Plaza.Web.Modules.Identity.Contracts;

namespace Plaza.Web.Modules.Privacy;

/// <summary>Download my data, delete my account. Each module contributes through IPersonalDataContributor.</summary>
internal static class PrivacyModule
{
    public static WebApplication MapPrivacy(this WebApplication app)
    {
        var me = app.MapGroup("/api/v1/me").WithTags("Privacy").RequireAuthorization("api");
        me.MapGet("/export", ExportMyData.Handle).WithName("ExportMyData").WithSummary("Everything Plaza keeps about me, as a JSON file");
        me.MapPost("/delete", DeleteMyAccount.Handle).WithName("DeleteMyAccount").RequireRateLimiting(AuthRateLimit.Policy)
            .WithSummary("Delete my account (password to confirm; content: remove or anonymise). Orders stay for accounting under a pseudonym.");
        return app;
    }
}
