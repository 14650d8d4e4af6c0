using Microsoft.EntityFrameworkCore;
using Plaza.Web.Modules.Identity.Contracts;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Reviews;

/// <summary>For trust levels: a person's published reviews, and their "helpful" votes as likes received.</summary>
internal sealed class ReviewTrustSignals(PlazaDb db) : ITrustSignalSource
{
    public async Task<TrustSignals> For(Guid accountId, DateTime removedSinceUtc, CancellationToken ct)
    {
        var reviews = db.Set<Review>().AsNoTracking().Where(r => r.AuthorAccountId == accountId && r.Status == ReviewStatus.Published);
        return new TrustSignals(PublishedReviews: await reviews.CountAsync(ct), LikesReceived: await reviews.SumAsync(r => r.HelpfulCount, ct));
    }
}
