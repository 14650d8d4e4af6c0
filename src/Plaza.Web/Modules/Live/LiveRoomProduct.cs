namespace Plaza.Web.Modules.Live;

/// <summary>A product the host plans to show in a room (one SKU of the store's catalogue), in the host's order.</summary>
internal sealed class LiveRoomProduct
{
    private LiveRoomProduct() { }

    public Guid RoomId { get; private set; }
    public Guid SkuId { get; private set; }
    public int Position { get; private set; }

    public static LiveRoomProduct For(Guid roomId, Guid skuId, int position) => new() { RoomId = roomId, SkuId = skuId, Position = position };
}
