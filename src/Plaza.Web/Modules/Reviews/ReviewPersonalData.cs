using Microsoft.EntityFrameworkCore;
using Plaza.Web.Modules.Privacy.Contracts;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Web;

namespace Plaza.Web.Modules.Reviews;

/// <summary>
/// A deleted account's reviews are removed (with their photos) or kept under the "Deleted user"
/// pseudonym, as the person chose; their helpful votes go either way.
/// </summary>
internal sealed class ReviewPersonalData(PlazaDb db, PhotoStorage photos) : IPersonalDataContributor
{
    public string Section => "reviews";

    public async Task<object?> Export(Guid accountId, CancellationToken ct) => new
    {
        Written = await db.Set<Review>().AsNoTracking().Include(r => r.Photos).Where(r => r.AuthorAccountId == accountId)
            .OrderBy(r => r.CreatedAtUtc)
            .Select(r => new { r.Id, r.ProductId, r.OrderId, r.Stars, r.Text, Status = r.Status.ToString(), r.CreatedAtUtc, r.EditedAtUtc,
                Photos = r.Photos.Select(p => "/media/photos/" + p.FileName) })
            .ToListAsync(ct),
        FoundHelpful = await db.Set<HelpfulVote>().AsNoTracking().Where(v => v.AccountId == accountId).Select(v => new { v.ReviewId, v.CreatedAtUtc })
            .ToListAsync(ct),
    };

    public async Task Erase(Guid accountId, ContentChoice content, CancellationToken ct)
    {
        var voted = await db.Set<HelpfulVote>().Where(v => v.AccountId == accountId).Select(v => v.ReviewId).ToListAsync(ct);
        await db.Set<HelpfulVote>().Where(v => v.AccountId == accountId).ExecuteDeleteAsync(ct);
        foreach (var reviewId in voted) await HelpfulCounter.Decrement(db, reviewId, ct);
        if (content != ContentChoice.Remove) return;

        var reviews = await db.Set<Review>().Include(r => r.Photos).Where(r => r.AuthorAccountId == accountId).ToListAsync(ct);
        var files = reviews.SelectMany(r => r.Photos).Select(p => p.FileName).ToList();
        var ids = reviews.Select(r => r.Id).ToList();
        await db.Set<HelpfulVote>().Where(v => ids.Contains(v.ReviewId)).ExecuteDeleteAsync(ct);
        db.RemoveRange(reviews);
        await db.SaveChangesAsync(ct);
        foreach (var file in files) photos.Delete(file); // after the rows: a failed save keeps both
    }
}
