using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Plaza.Web.Modules.Catalog.Contracts;
using Plaza.Web.Modules.Leaders.Contracts;
using Plaza.Web.Modules.Stores.Contracts;
using Plaza.Web.Platform.Auth;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Errors;
using Plaza.Web.Platform.Validation;

namespace Plaza.Web.Modules.Live;

/// <summary>Store staff or an approved group-buy leader announce a room: title, when, and the store's products to show.</summary>
internal static class ScheduleRoom
{
    public sealed record ScheduleRoomRequest(Guid? StoreId, string? Title, DateTime? ScheduledStartUtc, IReadOnlyList<Guid>? SkuIds);

    /// <returns>null when there is no such store.</returns>
    public static async Task<Outcome<LiveRoom>?> Execute(ScheduleRoomRequest r, ClaimsPrincipal user, PlazaDb db, IStoreDirectory stores,
        ICatalogOffers catalog, ILeaderDirectory leaders, TimeProvider clock, CancellationToken ct)
    {
        var v = new Validator().Check(r.StoreId is not null, "storeId", "Choose the store.").Text(r.Title, "title", LiveRoom.TitleMax)
            .Check(r.ScheduledStartUtc is not null, "scheduledStartUtc", "Say when the room starts.");
        var skuIds = (r.SkuIds ?? []).Distinct().ToList();
        v.Check(skuIds.Count is >= 1 and <= LiveRoom.MaxProducts, "skuIds", $"Choose 1 to {LiveRoom.MaxProducts} products to show.");
        if (!v.IsValid) return v;
        var storeId = r.StoreId!.Value;
        if (await stores.Terms(storeId, ct) is null) return null;
        if (!await RoomAccess.MayHostAt(storeId, user, leaders, ct))
            throw new ForbiddenException("not_a_host", "Only the store's staff and its approved group-buy leaders can host its live rooms.");
        var offers = await catalog.Offers(storeId, skuIds, ct);
        if (skuIds.Any(id => !offers.ContainsKey(id))) return v.Add("skuIds", "Choose products this store sells.");

        var now = clock.GetUtcNow().UtcDateTime;
        var room = LiveRoom.Schedule(storeId, user.RequiredAccountId(), r.Title!, DateTime.SpecifyKind(r.ScheduledStartUtc!.Value, DateTimeKind.Utc), now);
        db.Add(room);
        db.AddRange(skuIds.Select((sku, i) => LiveRoomProduct.For(room.Id, sku, i)));
        await db.SaveChangesAsync(ct);
        return room;
    }

    public static async Task<Results<Created<LiveHostView>, ValidationProblem, NotFound>> Handle(ScheduleRoomRequest request, ClaimsPrincipal user,
        PlazaDb db, IStoreDirectory stores, ICatalogOffers catalog, ILeaderDirectory leaders, LiveRoomReader reader, TimeProvider clock,
        CancellationToken ct)
    {
        if (await Execute(request, user, db, stores, catalog, leaders, clock, ct) is not { } outcome) return TypedResults.NotFound();
        if (!outcome.Ok) return TypedResults.ValidationProblem(outcome.Errors!);
        var room = outcome.Value!;
        return TypedResults.Created($"/api/v1/live-rooms/{room.Id}", reader.HostView(await reader.View(room, ct), room));
    }
}
