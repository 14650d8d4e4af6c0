using Microsoft.EntityFrameworkCore;
using Plaza.Web.Modules.Privacy.Contracts;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Moderation;

/// <summary>What a person wrote that moderators labelled for the spam model: exported, and deleted with the account.</summary>
internal sealed class SpamLabelPersonalData(PlazaDb db) : IPersonalDataContributor
{
    public sealed record LabelView(string Kind, Guid ContentId, string Text, string Label, DateTime DecidedAtUtc);

    public string Section => "moderationLabels";

    public async Task<object?> Export(Guid accountId, CancellationToken ct) =>
        (await db.Set<SpamLabel>().AsNoTracking().Where(l => l.AuthorId == accountId).OrderBy(l => l.DecidedAtUtc).ToListAsync(ct))
        .Select(l => new LabelView(l.ContentKind, l.ContentId, l.Text, l.Spam ? "spam" : "good", l.DecidedAtUtc)).ToList();

    public async Task Erase(Guid accountId, ContentChoice content, CancellationToken ct) =>
        await db.Set<SpamLabel>().Where(l => l.AuthorId == accountId).ExecuteDeleteAsync(ct);
}
