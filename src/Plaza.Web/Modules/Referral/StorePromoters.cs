using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Plaza.Web.Modules.Identity.Contracts;
using Plaza.Web.Platform.Auth;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Referral;

/// <summary>
/// Store staff see who sells for them: per promoter, the store's orders that earned them commission at level 1,
/// what those orders came to (the commission base) and what the store owes or paid them at either level, after
/// refunds; most earned first. Promoters are shown by their public display name only.
/// </summary>
internal static class StorePromoters
{
    public const int Top = 50;

    public sealed record PromoterRow(Guid PromoterId, string DisplayName, int Orders, long SalesMinor, long CommissionMinor, string Currency,
        DateTime LastOrderUtc);

    /// <returns>null when the user is not staff at that store.</returns>
    public static async Task<IReadOnlyList<PromoterRow>?> Execute(Guid storeId, ClaimsPrincipal user, PlazaDb db, IAccountDirectory accounts,
        CancellationToken ct)
    {
        if (!user.IsStaffOf(storeId)) return null;
        var rows = await db.Set<Commission>().AsNoTracking().Where(c => c.StoreId == storeId)
            .GroupBy(c => new { c.PromoterId, c.Currency })
            .Select(g => new
            {
                g.Key.PromoterId,
                g.Key.Currency,
                Orders = g.Count(c => c.Level == 1 && c.AmountMinor > c.ReversedMinor),
                Sales = g.Where(c => c.Level == 1).Sum(c => c.BaseMinor),
                Commission = g.Sum(c => c.AmountMinor - c.ReversedMinor),
                Last = g.Max(c => c.CompletedAtUtc),
            })
            .OrderByDescending(r => r.Commission).ThenBy(r => r.PromoterId).Take(Top).ToListAsync(ct);
        var people = await accounts.People(rows.Select(r => r.PromoterId).Distinct().ToList(), ct);
        return rows.Where(r => people.ContainsKey(r.PromoterId))
            .Select(r => new PromoterRow(r.PromoterId, people[r.PromoterId].DisplayName, r.Orders, r.Sales, r.Commission, r.Currency, r.Last)).ToList();
    }

    public static async Task<Results<Ok<IReadOnlyList<PromoterRow>>, NotFound>> Handle(Guid storeId, ClaimsPrincipal user, PlazaDb db,
        IAccountDirectory accounts, CancellationToken ct) =>
        await Execute(storeId, user, db, accounts, ct) is { } rows ? TypedResults.Ok(rows) : TypedResults.NotFound();
}
