using Microsoft.AspNetCore.Http.HttpResults;
using Plaza.Web.Kits.Deals;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Bargaining;

/// <summary>A store's bargain deals: anyone sees the running ones, its staff all of them.</summary>
internal static class ListBargainDeals
{
    /// <summary>A store's deals: running ones (optionally for one product), or all of them for its staff.</summary>
    public static Task<IReadOnlyList<BargainDeal>> Execute(Guid storeId, Guid? productId, bool all, PlazaDb db, DateTime now, CancellationToken ct) =>
        SkuDeals.List<BargainDeal>(storeId, productId, all, db, now, ct);

    public static Task<Results<Ok<IReadOnlyList<BargainDealView>>, ValidationProblem>> Handle(Guid? storeId, Guid? productId, PlazaDb db,
        TimeProvider clock, CancellationToken ct) =>
        SkuDeals.HandleList<BargainDeal, BargainDealView>(storeId, productId, db, clock, BargainDealView.From, ct);
}
