using Microsoft.EntityFrameworkCore;
using Plaza.Web.Modules.Moderation.Contracts;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Notes;

/// <summary>Notes as the moderation queue sees them (kind "note"): held notes wait here, reported ones are judged here.</summary>
internal sealed class ModeratedNotes(PlazaDb db, NoteReader reader) : IModeratedContent
{
    public const string NoteKind = "note";
    private const int ExcerptMax = 200;

    public string Kind => NoteKind;

    public async Task<ModeratedItem?> Find(Guid id, CancellationToken ct) =>
        await db.Set<Note>().AsNoTracking().FirstOrDefaultAsync(n => n.Id == id, ct) is { } n ? ToItem(n) : null;

    public async Task<bool> IsVisibleTo(Guid id, Guid viewerId, CancellationToken ct) =>
        await reader.Readable(id, viewerId, ct) is not null;

    public async Task<IReadOnlyList<ModeratedItem>> ListPending(int max, CancellationToken ct) =>
        (await db.Set<Note>().AsNoTracking().Where(n => n.Status == NoteStatus.Pending)
            .OrderBy(n => n.CreatedAtUtc).ThenBy(n => n.Id).Take(max).ToListAsync(ct))
        .Select(ToItem).ToList();

    public async Task<bool> Approve(Guid id, CancellationToken ct)
    {
        var note = await db.Set<Note>().FirstOrDefaultAsync(n => n.Id == id, ct);
        note?.Approve();
        return note is not null;
    }

    public async Task<bool> Remove(Guid id, string reason, CancellationToken ct)
    {
        var note = await db.Set<Note>().FirstOrDefaultAsync(n => n.Id == id, ct);
        note?.Remove();
        return note is not null;
    }

    private static ModeratedItem ToItem(Note n)
    {
        var text = n.Body.Length == 0 ? n.Title : $"{n.Title} — {n.Body}";
        return new ModeratedItem(NoteKind, n.Id, n.AuthorAccountId, text.Length <= ExcerptMax ? text : text[..ExcerptMax] + "…",
            n.Status switch { NoteStatus.Pending => ModeratedStatus.Pending, NoteStatus.Removed => ModeratedStatus.Removed, _ => ModeratedStatus.Published },
            $"/notes/{n.Id}", n.CreatedAtUtc, n.Body.Length == 0 ? n.Title : n.Title + "\n" + n.Body);
    }
}
