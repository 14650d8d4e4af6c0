using Microsoft.EntityFrameworkCore;
using Plaza.Web.Modules.Privacy.Contracts;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Live;

/// <summary>
/// What a person said in live chats, their reminders, sanctions and pace counters, and the rooms they hosted. On deletion their
/// messages go ("remove") or stay without a name ("anonymise": pages name authors by their current display name, which a deleted
/// account no longer has); other people's messages that name them are scrubbed. Rooms they hosted stay the store's.
/// </summary>
internal sealed class LivePersonalData(PlazaDb db) : IPersonalDataContributor
{
    public string Section => "live";

    public async Task<object?> Export(Guid accountId, CancellationToken ct) => new
    {
        Messages = await db.Set<LiveMessage>().AsNoTracking().Where(m => m.AuthorId == accountId).OrderBy(m => m.SentAtUtc)
            .Select(m => new { m.RoomId, m.Text, m.SentAtUtc, m.Held, Deleted = m.DeletedAtUtc != null }).ToListAsync(ct),
        Reminders = await db.Set<LiveReminder>().AsNoTracking().Where(r => r.AccountId == accountId).Select(r => new { r.RoomId, r.AskedAtUtc })
            .ToListAsync(ct),
        Sanctions = await db.Set<LiveSanction>().AsNoTracking().Where(s => s.AccountId == accountId)
            .Select(s => new { s.RoomId, Kind = s.Kind.ToString(), s.AtUtc }).ToListAsync(ct),
        Hosted = await db.Set<LiveRoom>().AsNoTracking().Where(r => r.HostAccountId == accountId).Select(r => new { r.Id, r.Title, r.ScheduledStartUtc })
            .ToListAsync(ct),
    };

    public async Task Erase(Guid accountId, ContentChoice content, CancellationToken ct)
    {
        if (content == ContentChoice.Remove) await db.Set<LiveMessage>().Where(m => m.AuthorId == accountId).ExecuteDeleteAsync(ct);
        await db.Set<LiveReminder>().Where(r => r.AccountId == accountId).ExecuteDeleteAsync(ct);
        await db.Set<LiveChatter>().Where(c => c.AccountId == accountId).ExecuteDeleteAsync(ct);
        await db.Set<LiveViewer>().Where(v => v.AccountId == accountId).ExecuteDeleteAsync(ct);
    }

    public async Task Redact(ErasedPerson person, CancellationToken ct)
    {
        if (person.Identifiers.Count == 0) return;
        foreach (var identifier in person.Identifiers.Select(i => i.ToLowerInvariant()))
        {
            // Chat can be long: only the messages that hold the identifier are loaded.
            var messages = await db.Set<LiveMessage>().Where(m => m.AuthorId != person.AccountId && m.Text.ToLower().Contains(identifier)).ToListAsync(ct);
            foreach (var m in messages) m.Redact(person.Scrub(m.Text));
        }
        var rooms = await db.Set<LiveRoom>().Where(r => r.HostAccountId == person.AccountId).ToListAsync(ct);
        foreach (var r in rooms.Where(r => person.IsNamedIn(r.Title))) r.Change(person.Scrub(r.Title), null, r.CreatedAtUtc, allowEnded: true);
        await db.SaveChangesAsync(ct);
    }
}
