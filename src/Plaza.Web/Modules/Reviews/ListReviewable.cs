using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Plaza.Web.Modules.Ordering.Contracts;
using Plaza.Web.Platform.Auth;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Reviews;

/// <summary>Lines of my completed orders that I have not reviewed yet.</summary>
internal static class ListReviewable
{
    public static async Task<IReadOnlyList<ReviewableLine>> Execute(ClaimsPrincipal user, PlazaDb db, IPurchases purchases, CancellationToken ct)
    {
        var me = user.RequiredAccountId();
        var lines = await purchases.CompletedLines(me, ct);
        var reviewed = (await db.Set<Review>().AsNoTracking().Where(r => r.AuthorAccountId == me).Select(r => r.OrderLineId).ToListAsync(ct)).ToHashSet();
        return lines.Where(l => !reviewed.Contains(l.OrderLineId))
            .Select(l => new ReviewableLine(l.OrderId, l.OrderNumber, l.OrderLineId, l.ProductId, l.StoreId, l.ProductName, l.SkuLabel, l.PlacedAtUtc))
            .ToList();
    }

    public static async Task<Ok<IReadOnlyList<ReviewableLine>>> Handle(ClaimsPrincipal user, PlazaDb db, IPurchases purchases, CancellationToken ct) =>
        TypedResults.Ok(await Execute(user, db, purchases, ct));
}
