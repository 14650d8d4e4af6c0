using Microsoft.EntityFrameworkCore;
using Plaza.Web.Modules.Moderation.Contracts;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Reviews;

/// <summary>Reviews as the moderation queue sees them (kind "review"). Replies are not moderated here yet.</summary>
internal sealed class ModeratedReviews(PlazaDb db, TimeProvider clock) : IModeratedContent
{
    public const string ReviewKind = "review";
    private const int ExcerptMax = 200;

    public string Kind => ReviewKind;

    public async Task<ModeratedItem?> Find(Guid id, CancellationToken ct) =>
        await db.Set<Review>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct) is { } r ? ToItem(r) : null;

    public Task<bool> IsVisibleTo(Guid id, Guid viewerId, CancellationToken ct) =>
        db.Set<Review>().AsNoTracking().AnyAsync(r => r.Id == id && (r.Status == ReviewStatus.Published || r.AuthorAccountId == viewerId), ct);

    public async Task<IReadOnlyList<ModeratedItem>> ListPending(int max, CancellationToken ct) =>
        (await db.Set<Review>().AsNoTracking().Where(r => r.Status == ReviewStatus.Pending)
            .OrderBy(r => r.CreatedAtUtc).ThenBy(r => r.Id).Take(max).ToListAsync(ct))
        .Select(ToItem).ToList();

    public async Task<bool> Approve(Guid id, CancellationToken ct)
    {
        var review = await db.Set<Review>().FirstOrDefaultAsync(r => r.Id == id, ct);
        review?.Approve(clock.GetUtcNow().UtcDateTime);
        return review is not null;
    }

    public async Task<bool> Remove(Guid id, string reason, CancellationToken ct)
    {
        var review = await db.Set<Review>().FirstOrDefaultAsync(r => r.Id == id, ct);
        review?.Remove(reason);
        return review is not null;
    }

    private static ModeratedItem ToItem(Review r) => new(ReviewKind, r.Id, r.AuthorAccountId, Excerpt(r),
        r.Status switch { ReviewStatus.Pending => ModeratedStatus.Pending, ReviewStatus.Removed => ModeratedStatus.Removed, _ => ModeratedStatus.Published },
        $"/stores/{r.StoreId}/products/{r.ProductId}", r.CreatedAtUtc, r.Text.Length == 0 ? null : r.Text);

    private static string Excerpt(Review r)
    {
        var text = r.Text.Length == 0 ? $"{r.Stars}/5" : $"{r.Stars}/5 — {r.Text}";
        return text.Length <= ExcerptMax ? text : text[..ExcerptMax] + "…";
    }
}
