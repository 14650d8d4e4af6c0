using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Plaza.Web.Platform.Auth;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Errors;
using Plaza.Web.Platform.Validation;

namespace Plaza.Web.Modules.Catalog;

/// <summary>
/// Staff record stock received (+) or written off (-). A delta, not an absolute count, so an
/// adjustment never overwrites reservations that orders made in the meantime.
/// </summary>
internal static class AdjustStock
{
    public sealed record AdjustStockRequest(Guid? SkuId, int? Delta, bool? Listed);

    public sealed record StockView(Guid StoreId, Guid SkuId, int Stock, bool Listed);

    public static async Task<Outcome<StockView>?> Execute(Guid storeId, AdjustStockRequest r, ClaimsPrincipal user, PlazaDb db, CancellationToken ct)
    {
        var v = new Validator()
            .Check(r.SkuId is not null, "skuId", "Choose the SKU.")
            .Check(r.Delta is >= -1_000_000 and <= 1_000_000, "delta", "From -1000000 to 1000000.");
        if (!v.IsValid) return v;
        if (!user.IsStaffOf(storeId)) return null;
        var offer = await db.Set<StoreOffer>().AsNoTracking().FirstOrDefaultAsync(o => o.StoreId == storeId && o.SkuId == r.SkuId, ct);
        if (offer is null) return null;

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (r.Delta != 0 && !await new StockLedger(db).Adjust(storeId, r.SkuId!.Value, r.Delta!.Value, ct))
            throw new DomainException("stock_below_zero", "Stock cannot go below zero.");
        if (r.Listed is { } listed)
            await db.Set<StoreOffer>().Where(o => o.StoreId == storeId && o.SkuId == r.SkuId)
                .ExecuteUpdateAsync(s => s.SetProperty(o => o.Listed, listed), ct);
        await tx.CommitAsync(ct);
        var now = await db.Set<StoreOffer>().AsNoTracking().FirstAsync(o => o.StoreId == storeId && o.SkuId == r.SkuId, ct);
        return new StockView(storeId, now.SkuId, now.Stock, now.Listed);
    }

    public static async Task<Results<Ok<StockView>, ValidationProblem, NotFound>> Handle(Guid storeId, AdjustStockRequest request, ClaimsPrincipal user,
        PlazaDb db, CancellationToken ct)
        => (await Execute(storeId, request, user, db, ct)).OkOr(view => view);
}
