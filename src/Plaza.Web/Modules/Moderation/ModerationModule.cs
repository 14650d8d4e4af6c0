using Plaza.Web.Modules.Moderation.Contracts;
using Plaza.Web.Modules.Notifications.Contracts;
using Plaza.Web.Platform.Auth;
using Plaza.Web.Platform.Cli;
using Plaza.Web.Platform.Web;

namespace Plaza.Web.Modules.Moderation;

/// <summary>
/// The content pipeline (rules, spam model, safe Markdown) that Notes, Comments and Reviews call before anyone else
/// sees what was written (ADR 0008, 0020). Settings: <c>Moderation:SpamCorpusPath</c>, <c>Moderation:SpamModelWaitSeconds</c>
/// (see <see cref="SpamModel"/>), <c>Moderation:BlockedPhrases</c> (extra phrases added to the built-in list),
/// <c>Moderation:PlatformHosts</c> (<see cref="PlatformHosts"/>), <c>Moderation:LookAlikeBrands</c> (<see cref="LookAlikeLinks"/>),
/// <c>Moderation:RetrainMinutes</c> and <c>Moderation:RetrainAfterLabels</c> (<see cref="RetrainSpamModel"/>).
/// CLI: <c>moderation evaluate</c> (<see cref="EvaluateSpamCommand"/>).
/// Also reports, the moderators' queue and actions over every <see cref="IModeratedContent"/>, actions on accounts
/// (warn, suspend, lock a trust level), the audit log, and per-person posting limits (<see cref="PostingLimits"/>).
/// </summary>
internal static class ModerationModule
{
    public static WebApplicationBuilder AddModeration(this WebApplicationBuilder builder)
    {
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddSingleton(sp => new PlatformHosts(
            sp.GetRequiredService<IConfiguration>().GetSection("Moderation:PlatformHosts").Get<string[]>(),
            () => sp.GetRequiredService<IHttpContextAccessor>().HttpContext?.Request.Host.Host));
        builder.Services.AddSingleton<SpamModel>();
        builder.Services.AddHostedService<SpamModelStartup>();
        builder.Services.AddHostedService<RetrainSpamModel>();
        builder.Services.AddSingleton(sp =>
        {
            var settings = sp.GetRequiredService<IConfiguration>().GetSection("Moderation");
            return new ContentRules(settings.GetSection("BlockedPhrases").Get<string[]>(), sp.GetRequiredService<PlatformHosts>(),
                settings.GetSection("LookAlikeBrands").Get<string[]>());
        });
        builder.Services.AddSingleton<IContentPipeline>(sp =>
            new ContentPipeline(sp.GetRequiredService<ContentRules>(), sp.GetRequiredService<SpamModel>()));
        builder.Services.AddScoped<ICliCommand, EvaluateSpamCommand>();
        builder.Services.AddNotificationKind(ModerationNotificationKinds.ContentRemoved).AddNotificationKind(ModerationNotificationKinds.ModeratorWarning);
        builder.Services.AddScoped<Privacy.Contracts.IPersonalDataContributor, ReportPersonalData>();
        builder.Services.AddScoped<Privacy.Contracts.IPersonalDataContributor, SpamLabelPersonalData>();
        builder.Services.AddScoped<Identity.Contracts.ITrustSignalSource, ModerationTrustSignals>();
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(ApiPolicy, p => p.AddAuthenticationSchemes(AuthSchemes.Bearer).RequireRole(Roles.Moderator, Roles.Admin))
            .AddPolicy(PagePolicy, p => p.RequireRole(Roles.Moderator, Roles.Admin));
        builder.Services.AddMenuEntry(Menus.Main, "Moderation", "/moderation", 80, visibleTo: MenuAudience.InAnyRole(Roles.Moderator, Roles.Admin));
        return builder;
    }

    public const string ApiPolicy = "api-moderator", PagePolicy = "moderator";

    public static WebApplication MapModeration(this WebApplication app)
    {
        app.MapPost("/api/v1/reports", FileReport.Handle).WithName("ReportContent").RequireAuthorization("api").WithTags("Moderation")
            .WithSummary("Report content I can see: kind (e.g. review), id, reason (spam, abuse, misleading, other), optional note; once per item");
        var mod = app.MapGroup("/api/v1/moderation").WithTags("Moderation").RequireAuthorization(ApiPolicy);
        mod.MapGet("/queue", ModerationQueue.Handle).WithName("GetModerationQueue")
            .WithSummary("Held content and content with open reports, one row per item, oldest first (moderators)");
        mod.MapPost("/items/{kind}/{id:guid}/approve", ModerateItem.HandleApprove).WithName("ApproveItem")
            .WithSummary("Publish a held item / keep a reported one; closes its reports");
        mod.MapPost("/items/{kind}/{id:guid}/remove", ModerateItem.HandleRemove).WithName("RemoveItem")
            .WithSummary("Remove an item with a reason its author is told; closes its reports");
        mod.MapPost("/accounts/{id:guid}/warn", ModerateAccount.HandleWarn).WithName("WarnAccount").WithSummary("Send an account a warning");
        mod.MapPost("/accounts/{id:guid}/suspend", ModerateAccount.HandleSuspend).WithName("SuspendAccount")
            .WithSummary("Suspend an account for 1–365 days: no sign-in, sessions end");
        mod.MapPost("/accounts/{id:guid}/unsuspend", ModerateAccount.HandleUnsuspend).WithName("UnsuspendAccount").WithSummary("Lift a suspension");
        mod.MapGet("/accounts/{id:guid}", ModerateAccount.HandleStanding).WithName("GetAccountStanding")
            .WithSummary("An account's trust level (recomputed first), whether it is locked, and any suspension");
        mod.MapPost("/accounts/{id:guid}/trust-level", ModerateAccount.HandleLockTrustLevel).WithName("LockTrustLevel")
            .WithSummary("Lock the trust level at 0–3, or unlock it with null");
        mod.MapGet("/audit", ModerationAudit.Handle).WithName("ListModerationAudit").WithSummary("Every moderator action, newest first, paged");
        return app;
    }
}
