using Microsoft.EntityFrameworkCore;
using Plaza.Web.Modules.Identity.Contracts;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Notes;

/// <summary>For trust levels: a person's published notes and comments, and the likes their notes received.</summary>
internal sealed class NoteTrustSignals(PlazaDb db) : ITrustSignalSource
{
    public async Task<TrustSignals> For(Guid accountId, DateTime removedSinceUtc, CancellationToken ct)
    {
        var notes = db.Set<Note>().AsNoTracking().Where(n => n.AuthorAccountId == accountId && n.Status == NoteStatus.Published);
        return new TrustSignals(
            PublishedNotes: await notes.CountAsync(ct),
            PublishedComments: await db.Set<NoteComment>().AsNoTracking()
                .CountAsync(c => c.AuthorAccountId == accountId && c.Status == NoteStatus.Published, ct),
            LikesReceived: await notes.SumAsync(n => n.LikeCount, ct));
    }
}
