using Microsoft.EntityFrameworkCore;
using Plaza.Web.Modules.Identity.Contracts;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Notes;

/// <summary>For trust levels: a person's published notes and comments, and the likes their notes received.</summary>
internal sealed class NoteTrustSignals(PlazaDb db) : ITrustSignalSource
{
    public async Task<TrustSignals> For(Guid accountId, DateTime removedSinceUtc, CancellationToken ct)
    {
        // The notes' count and likes in one round trip: the trust level is worked out again on every post and every live chat message.
        var notes = await db.Set<Note>().AsNoTracking().Where(n => n.AuthorAccountId == accountId && n.Status == NoteStatus.Published)
            .GroupBy(n => n.AuthorAccountId).Select(g => new { Count = g.Count(), Likes = g.Sum(n => n.LikeCount) }).FirstOrDefaultAsync(ct);
        return new TrustSignals(
            PublishedNotes: notes?.Count ?? 0,
            PublishedComments: await db.Set<NoteComment>().AsNoTracking()
                .CountAsync(c => c.AuthorAccountId == accountId && c.Status == NoteStatus.Published, ct),
            LikesReceived: notes?.Likes ?? 0);
    }
}
