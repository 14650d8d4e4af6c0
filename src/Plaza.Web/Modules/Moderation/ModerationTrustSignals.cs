using Microsoft.EntityFrameworkCore;
using Plaza.Web.Modules.Identity.Contracts;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Moderation;

/// <summary>For trust levels: how many of a person's items moderators removed since a moment (from the audit log).</summary>
internal sealed class ModerationTrustSignals(PlazaDb db) : ITrustSignalSource
{
    public async Task<TrustSignals> For(Guid accountId, DateTime removedSinceUtc, CancellationToken ct) =>
        new(RemovedRecently: await db.Set<ModerationAction>().AsNoTracking()
            .CountAsync(a => a.SubjectAccountId == accountId && a.Action == ModerationActions.Remove && a.AtUtc >= removedSinceUtc, ct));
}
