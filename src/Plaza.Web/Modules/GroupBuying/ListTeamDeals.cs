using Microsoft.AspNetCore.Http.HttpResults;
using Plaza.Web.Kits.Deals;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.GroupBuying;

/// <summary>A store's team group-buy deals: anyone sees the running ones, its staff all of them.</summary>
internal static class ListTeamDeals
{
    /// <summary>A store's deals: running ones (optionally for one product), or all of them for its staff.</summary>
    public static Task<IReadOnlyList<GroupBuyDeal>> Execute(Guid storeId, Guid? productId, bool all, PlazaDb db, DateTime now, CancellationToken ct) =>
        SkuDeals.List<GroupBuyDeal>(storeId, productId, all, db, now, ct);

    public static Task<Results<Ok<IReadOnlyList<DealView>>, ValidationProblem>> Handle(Guid? storeId, Guid? productId, PlazaDb db, TimeProvider clock,
        CancellationToken ct) =>
        SkuDeals.HandleList<GroupBuyDeal, DealView>(storeId, productId, db, clock, DealView.From, ct);
}
