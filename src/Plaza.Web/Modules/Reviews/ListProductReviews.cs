using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Plaza.Web.Modules.Identity.Contracts;
using Plaza.Web.Platform.Auth;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Validation;

namespace Plaza.Web.Modules.Reviews;

/// <summary>
/// A product's published reviews with its rating summary: most helpful first (ties: newest), or newest
/// first. Held and removed reviews appear nowhere here, not even in the counts.
/// </summary>
internal static class ListProductReviews
{
    public const int PageSize = 10;

    public static async Task<RatingSummary> Summary(Guid productId, PlazaDb db, CancellationToken ct)
    {
        var counts = await db.Set<Review>().AsNoTracking()
            .Where(r => r.ProductId == productId && r.Status == ReviewStatus.Published)
            .GroupBy(r => r.Stars).Select(g => new { Stars = g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Stars, x => x.Count, ct);
        return RatingSummary.From(counts);
    }

    public static async Task<ProductReviewsPage> Load(Guid productId, string? sort, int? page, ClaimsPrincipal user, PlazaDb db,
        IAccountDirectory accounts, CancellationToken ct)
    {
        var newest = string.Equals(sort, "newest", StringComparison.OrdinalIgnoreCase);
        var p = Math.Max(1, page ?? 1);
        var published = db.Set<Review>().AsNoTracking().Where(r => r.ProductId == productId && r.Status == ReviewStatus.Published);
        var ordered = newest
            ? published.OrderByDescending(r => r.CreatedAtUtc).ThenByDescending(r => r.Id)
            : published.OrderByDescending(r => r.HelpfulCount).ThenByDescending(r => r.CreatedAtUtc).ThenByDescending(r => r.Id);
        var reviews = await ordered.Skip((p - 1) * PageSize).Take(PageSize).Include(r => r.Photos).ToListAsync(ct);
        var summary = await Summary(productId, db, ct);

        var names = await accounts.Find(reviews.Select(r => r.AuthorAccountId).ToList(), ct);
        var ids = reviews.Select(r => r.Id).ToList();
        var me = user.AccountId();
        var mine = me is { } m
            ? (await db.Set<HelpfulVote>().AsNoTracking().Where(v => v.AccountId == m && ids.Contains(v.ReviewId)).Select(v => v.ReviewId).ToListAsync(ct))
                .ToHashSet()
            : [];
        var items = reviews.Select(r => ReviewView.From(r, names.GetValueOrDefault(r.AuthorAccountId)?.DisplayName ?? "", mine.Contains(r.Id))).ToList();
        return new ProductReviewsPage(productId, summary, items, newest ? "newest" : "helpful", p, PageSize, summary.Count);
    }

    public static async Task<Results<Ok<ProductReviewsPage>, ValidationProblem>> Handle(Guid productId, string? sort, int? page, ClaimsPrincipal user,
        PlazaDb db, IAccountDirectory accounts, CancellationToken ct)
    {
        var v = new Validator()
            .Check(sort is null || sort.Equals("helpful", StringComparison.OrdinalIgnoreCase) || sort.Equals("newest", StringComparison.OrdinalIgnoreCase),
                "sort", "'sort' must be one of: helpful, newest.")
            .Check(page is null or >= 1 and <= 10_000, "page", "'page' must be between 1 and 10000.");
        if (!v.IsValid) return v.Problem();
        return TypedResults.Ok(await Load(productId, sort, page, user, db, accounts, ct));
    }
}
