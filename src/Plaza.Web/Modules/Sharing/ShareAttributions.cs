using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Plaza.Web.Modules.Sharing.Contracts;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Sharing;

internal sealed class SharingOptions
{
    /// <summary>
    /// How long a followed link counts: the plaza_ref cookie's life, and how long after signing up through a link the
    /// customer's orders count for it.
    /// </summary>
    public int AttributionDays { get; set; } = 30;

    public TimeSpan Window => TimeSpan.FromDays(Math.Clamp(AttributionDays, 1, 3650));
}

internal sealed class ShareAttributions(PlazaDb db, TimeProvider clock, IOptions<SharingOptions> options) : IShareAttribution
{
    public async Task RecordSignup(Guid accountId, string? shareCode, CancellationToken ct)
    {
        if (await Find(shareCode, ct) is not { } link) return;
        db.Add(ShareSignup.Record(accountId, link, clock.GetUtcNow().UtcDateTime));
    }

    public async Task<bool> RecordOrder(Guid orderId, Guid customerId, string? shareCode, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var source = AttributionSource.Code;
        var link = await Find(shareCode, ct);
        if (link is null)
        {
            var since = now - options.Value.Window;
            link = await (from s in db.Set<ShareSignup>().AsNoTracking()
                          join l in db.Set<ShareLink>().AsNoTracking() on s.ShareLinkId equals l.Id
                          where s.AccountId == customerId && s.SignedUpAtUtc >= since
                          select l).FirstOrDefaultAsync(ct);
            source = AttributionSource.Signup;
        }
        if (link is null) return false;
        db.Add(ShareAttribution.For(orderId, link, customerId, source, now));
        return true;
    }

    private async Task<ShareLink?> Find(string? shareCode, CancellationToken ct) =>
        ShareCode.Normalize(shareCode) is { } code
            ? await db.Set<ShareLink>().AsNoTracking().FirstOrDefaultAsync(l => l.Code == code, ct)
            : null;
}
