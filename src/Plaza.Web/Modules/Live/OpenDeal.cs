using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Plaza.Web.Modules.Catalog.Contracts;
using Plaza.Web.Platform.Auth;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Validation;

namespace Plaza.Web.Modules.Live;

/// <summary>The host opens a live deal on one of the room's products: price, quantity, limit per shopper, minutes it runs.</summary>
internal static class OpenDeal
{
    public sealed record OpenDealRequest(Guid? SkuId, long? PriceMinor, int? Quantity, int? PerShopperLimit, int? Minutes);

    public sealed record LiveDealView(Guid Id, Guid RoomId, Guid SkuId, long PriceMinor, long UsualPriceMinor, string Currency, int Quantity, int Remaining,
        int PerShopperLimit, DateTime ClosesAtUtc)
    {
        public static LiveDealView From(LiveDeal d) =>
            new(d.Id, d.RoomId, d.SkuId, d.PriceMinor, d.UsualPriceMinor, d.Currency, d.Quantity, d.Remaining, d.PerShopperLimit, d.ClosesAtUtc);
    }

    /// <returns>null when there is no such room or the caller does not run it.</returns>
    public static async Task<Outcome<LiveDeal>?> Execute(Guid roomId, OpenDealRequest r, ClaimsPrincipal user, PlazaDb db, ICatalogOffers catalog,
        LiveBroadcast broadcast, TimeProvider clock, CancellationToken ct)
    {
        var room = await db.Set<LiveRoom>().AsNoTracking().FirstOrDefaultAsync(x => x.Id == roomId, ct);
        if (room is null || !RoomAccess.CanHost(room, user)) return null;
        var v = new Validator().Check(r.SkuId is not null, "skuId", "Choose one of the room's products.")
            .Check(r.PriceMinor is > 0, "priceMinor", "Give the deal's price above zero.")
            .Check(r.Quantity is >= 1 and <= 10_000, "quantity", "Offer 1 to 10,000 units.")
            .Check(r.PerShopperLimit is >= 1 and <= 100, "perShopperLimit", "Allow 1 to 100 per shopper.")
            .Check(r.Minutes is >= LiveDeal.MinMinutes and <= LiveDeal.MaxMinutes, "minutes", "A live deal runs 1 to 120 minutes.");
        if (!v.IsValid) return v;
        var skuId = r.SkuId!.Value;
        if (!await db.Set<LiveRoomProduct>().AnyAsync(p => p.RoomId == roomId && p.SkuId == skuId, ct))
            return v.Add("skuId", "Choose one of the room's products.");
        if ((await catalog.Offers(room.StoreId, [skuId], ct)).GetValueOrDefault(skuId) is not { } offer) return v.Add("skuId", "The store no longer sells it.");
        var now = clock.GetUtcNow().UtcDateTime;
        var deal = LiveDeal.Open(room, skuId, r.PriceMinor!.Value, offer.PriceMinor, offer.Currency, r.Quantity!.Value, r.PerShopperLimit!.Value,
            r.Minutes!.Value, user.RequiredAccountId(), now);
        db.Add(deal);
        db.Add(LiveTimelineEntry.Record(roomId, LiveTimelineKinds.DealOpened, deal.Id, now));
        await db.SaveChangesAsync(ct);
        await broadcast.Deal(roomId, LiveDealView.From(deal));
        return deal;
    }

    public static async Task<Results<Created<LiveDealView>, ValidationProblem, NotFound>> Handle(Guid id, OpenDealRequest request, ClaimsPrincipal user,
        PlazaDb db, ICatalogOffers catalog, LiveBroadcast broadcast, TimeProvider clock, CancellationToken ct) =>
        (await Execute(id, request, user, db, catalog, broadcast, clock, ct)).CreatedOr(d => $"/api/v1/live-rooms/{id}/deals/{d.Id}", LiveDealView.From);
}
