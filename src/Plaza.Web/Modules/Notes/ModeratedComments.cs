using Microsoft.EntityFrameworkCore;
using Plaza.Web.Modules.Moderation.Contracts;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Notes;

/// <summary>
/// Note comments and replies as the moderation queue sees them (kind "comment"): held ones wait here,
/// reported ones are judged here. Status changes are conditional UPDATEs in the moderator's transaction,
/// and only a Published → Removed (or Pending → Published) change moves the note's comment count, so
/// two moderators acting at once move it once. A removed top comment that has replies stays as a
/// placeholder without author or text (see <see cref="ListComments.Execute"/>); the replies stay.
/// </summary>
internal sealed class ModeratedComments(PlazaDb db, NoteReader reader) : IModeratedContent
{
    public const string CommentKind = "comment";
    private const int ExcerptMax = 200;

    public string Kind => CommentKind;

    public async Task<ModeratedItem?> Find(Guid id, CancellationToken ct) =>
        await db.Set<NoteComment>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct) is { } c ? ToItem(c) : null;

    public async Task<bool> IsVisibleTo(Guid id, Guid viewerId, CancellationToken ct)
    {
        var c = await db.Set<NoteComment>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct);
        if (c is null || !(c.IsPublished || c.Status == NoteStatus.Pending && c.AuthorAccountId == viewerId)) return false;
        return await reader.Readable(c.NoteId, viewerId, ct) is not null;
    }

    public async Task<IReadOnlyList<ModeratedItem>> ListPending(int max, CancellationToken ct) =>
        (await db.Set<NoteComment>().AsNoTracking().Where(c => c.Status == NoteStatus.Pending)
            .OrderBy(c => c.CreatedAtUtc).ThenBy(c => c.Id).Take(max).ToListAsync(ct))
        .Select(ToItem).ToList();

    public async Task<bool> Approve(Guid id, CancellationToken ct)
    {
        var c = await db.Set<NoteComment>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct);
        if (c is null) return false;
        var published = await db.Set<NoteComment>().Where(x => x.Id == id && x.Status == NoteStatus.Pending)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Status, NoteStatus.Published), ct);
        if (published == 1) await NoteCounters.Comments(db, c.NoteId, 1, ct);
        return true;
    }

    public async Task<bool> Remove(Guid id, string reason, CancellationToken ct)
    {
        var c = await db.Set<NoteComment>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct);
        if (c is null) return false;
        var wasPublished = await db.Set<NoteComment>().Where(x => x.Id == id && x.Status == NoteStatus.Published)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Status, NoteStatus.Removed), ct);
        if (wasPublished == 1) await NoteCounters.Comments(db, c.NoteId, -1, ct);
        else await db.Set<NoteComment>().Where(x => x.Id == id && x.Status == NoteStatus.Pending)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Status, NoteStatus.Removed), ct);
        return true;
    }

    private static ModeratedItem ToItem(NoteComment c)
    {
        var text = Mentions.Display(c.Text, new Dictionary<Guid, string>());
        return new ModeratedItem(CommentKind, c.Id, c.AuthorAccountId, text.Length <= ExcerptMax ? text : text[..ExcerptMax] + "…",
            c.Status switch { NoteStatus.Pending => ModeratedStatus.Pending, NoteStatus.Removed => ModeratedStatus.Removed, _ => ModeratedStatus.Published },
            $"/notes/{c.NoteId}#comment-{c.Id}", c.CreatedAtUtc, text);
    }
}
