using Microsoft.EntityFrameworkCore;
using Plaza.Web.Modules.Identity.Contracts;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Reviews;

/// <summary>For trust levels: a person's published reviews, and their "helpful" votes as likes received.</summary>
internal sealed class ReviewTrustSignals(PlazaDb db) : ITrustSignalSource
{
    public async Task<TrustSignals> For(Guid accountId, DateTime removedSinceUtc, CancellationToken ct)
    {
        // Both numbers in one round trip: the trust level is worked out again on every post and every live chat message.
        var reviews = await db.Set<Review>().AsNoTracking().Where(r => r.AuthorAccountId == accountId && r.Status == ReviewStatus.Published)
            .GroupBy(r => r.AuthorAccountId).Select(g => new { Count = g.Count(), Helpful = g.Sum(r => r.HelpfulCount) }).FirstOrDefaultAsync(ct);
        return new TrustSignals(PublishedReviews: reviews?.Count ?? 0, LikesReceived: reviews?.Helpful ?? 0);
    }
}
