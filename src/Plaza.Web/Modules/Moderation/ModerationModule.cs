using Plaza.Web.Modules.Moderation.Contracts;
using Plaza.Web.Platform.Cli;

namespace Plaza.Web.Modules.Moderation;

/// <summary>
/// The content pipeline (rules, spam classifier, safe Markdown) that Notes, Comments and Reviews call
/// before anyone else sees what was written; no tables, pages or endpoints yet. Settings:
/// <c>Moderation:SpamCorpusPath</c> (see <see cref="SpamModel"/>) and <c>Moderation:BlockedPhrases</c>
/// (extra phrases added to the built-in list). CLI: <c>moderation evaluate [--corpus PATH] [--seed N]</c>.
/// </summary>
internal static class ModerationModule
{
    public static WebApplicationBuilder AddModeration(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<SpamModel>();
        builder.Services.AddSingleton(sp => new ContentRules(
            sp.GetRequiredService<IConfiguration>().GetSection("Moderation:BlockedPhrases").Get<string[]>()));
        builder.Services.AddSingleton<IContentPipeline>(sp =>
            new ContentPipeline(sp.GetRequiredService<ContentRules>(), sp.GetRequiredService<SpamModel>()));
        builder.Services.AddScoped<ICliCommand, EvaluateSpamCommand>();
        return builder;
    }
}
