using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Live;

/// <summary>
/// The host pins one of the room's products (or unpins with null): every viewer sees its card at once — name, photo, the
/// store's price and stock now — and can buy it without leaving. Each pin joins the replay's timeline.
/// </summary>
internal static class PinProduct
{
    public sealed record PinProductRequest(Guid? SkuId);

    /// <returns>null when there is no such room or the caller does not run it.</returns>
    public static async Task<LiveActionResult?> Execute(Guid roomId, Guid? skuId, ClaimsPrincipal user, PlazaDb db, LiveRoomReader reader,
        LiveBroadcast broadcast, TimeProvider clock, CancellationToken ct)
    {
        var room = await db.Set<LiveRoom>().FirstOrDefaultAsync(r => r.Id == roomId, ct);
        if (room is null || !RoomAccess.CanHost(room, user)) return null;
        if (room.HasEnded) return new(false, "room_ended", "This room has ended.");
        ProductCardView? card = null;
        if (skuId is { } sku)
        {
            if (!await db.Set<LiveRoomProduct>().AnyAsync(p => p.RoomId == roomId && p.SkuId == sku, ct))
                return new(false, "not_in_room", "Pin one of the products chosen for this room.");
            card = await reader.Card(room.StoreId, sku, ct);
            if (card is null) return new(false, "not_sold", "The store no longer sells this product.");
        }
        room.PinProduct(skuId);
        db.Add(LiveTimelineEntry.Record(roomId, skuId is null ? LiveTimelineKinds.ProductUnpinned : LiveTimelineKinds.ProductPinned, skuId,
            clock.GetUtcNow().UtcDateTime));
        await db.SaveChangesAsync(ct);
        await broadcast.PinnedProduct(roomId, card);
        return LiveActionResult.Done;
    }

    public static async Task<Results<NoContent, NotFound>> Handle(Guid id, PinProductRequest request, ClaimsPrincipal user, PlazaDb db,
        LiveRoomReader reader, LiveBroadcast broadcast, TimeProvider clock, CancellationToken ct) =>
        LiveResults.From(await Execute(id, request.SkuId, user, db, reader, broadcast, clock, ct));
}
