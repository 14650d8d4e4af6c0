using Plaza.Web.Platform.Errors;

namespace Plaza.Web.Modules.Live;

/// <summary>Why a live deal cannot sell a shopper this many now.</summary>
internal enum LiveDealRefusal { None, Closed, NotInRoom, SoldOut, Limit }

/// <summary>
/// A price the host offers in the room for a few minutes: <see cref="Quantity"/> units of one SKU at <see cref="PriceMinor"/>,
/// at most <see cref="PerShopperLimit"/> each, until <see cref="ClosesAtUtc"/> (the countdown), only while the room is live
/// and only to viewers in it. <see cref="Sold"/> moves by one conditional UPDATE (sold + q ≤ quantity), so exactly the
/// offered quantity sells however many buy at once; a cancelled order gives its units back.
/// </summary>
internal sealed class LiveDeal
{
    public const int MinMinutes = 1, MaxMinutes = 120;

    private LiveDeal() { }

    public Guid Id { get; private set; }
    public Guid RoomId { get; private set; }
    public Guid StoreId { get; private set; }
    public Guid SkuId { get; private set; }
    public long PriceMinor { get; private set; }
    public long UsualPriceMinor { get; private set; }
    public string Currency { get; private set; } = "GBP";
    public int Quantity { get; private set; }
    public int Sold { get; private set; }
    public int PerShopperLimit { get; private set; }
    public DateTime OpensAtUtc { get; private set; }
    public DateTime ClosesAtUtc { get; private set; }
    public Guid CreatedBy { get; private set; }

    public int Remaining => Math.Max(0, Quantity - Sold);

    public bool IsOpen(DateTime now) => OpensAtUtc <= now && now < ClosesAtUtc;

    public static LiveDeal Open(LiveRoom room, Guid skuId, long priceMinor, long usualPriceMinor, string currency, int quantity, int perShopperLimit,
        int minutes, Guid by, DateTime now)
    {
        if (!room.IsLive) throw new DomainException("room_not_live", "Deals open only while the room is live.");
        if (priceMinor >= usualPriceMinor) throw new DomainException("deal_price_not_lower", "A live deal's price must be below the usual price.");
        return new LiveDeal
        {
            Id = Guid.CreateVersion7(), RoomId = room.Id, StoreId = room.StoreId, SkuId = skuId, PriceMinor = priceMinor, UsualPriceMinor = usualPriceMinor,
            Currency = currency, Quantity = quantity, PerShopperLimit = perShopperLimit, OpensAtUtc = now, ClosesAtUtc = now.AddMinutes(minutes),
            CreatedBy = by,
        };
    }

    public LiveDealRefusal CanSell(int quantity, int alreadyBought, bool roomLive, bool inRoom, DateTime now) =>
        !roomLive || !IsOpen(now) ? LiveDealRefusal.Closed
        : !inRoom ? LiveDealRefusal.NotInRoom
        : Sold + quantity > Quantity ? LiveDealRefusal.SoldOut
        : alreadyBought + quantity > PerShopperLimit ? LiveDealRefusal.Limit
        : LiveDealRefusal.None;

    public static string Message(LiveDealRefusal refusal) => refusal switch
    {
        LiveDealRefusal.Closed => "This live deal is closed.",
        LiveDealRefusal.NotInRoom => "Live deals are for viewers in the room: open the room to buy.",
        LiveDealRefusal.SoldOut => "This live deal has sold out.",
        LiveDealRefusal.Limit => "You have bought as many as this live deal allows.",
        _ => "",
    };
}

/// <summary>How many units of one live deal one shopper holds (moved by one conditional upsert).</summary>
internal sealed class LiveDealBuyer
{
    private LiveDealBuyer() { }

    public Guid DealId { get; private set; }
    public Guid CustomerId { get; private set; }
    public int Bought { get; private set; }
}

/// <summary>The units one order took from one live deal; released once when the order is cancelled.</summary>
internal sealed class LiveDealClaim
{
    private LiveDealClaim() { }

    public Guid OrderId { get; private set; }
    public Guid DealId { get; private set; }
    public Guid CustomerId { get; private set; }
    public int Quantity { get; private set; }
    public DateTime ClaimedAtUtc { get; private set; }
    public DateTime? ReleasedAtUtc { get; private set; }

    public static LiveDealClaim Take(Guid orderId, Guid dealId, Guid customerId, int quantity, DateTime now) =>
        new() { OrderId = orderId, DealId = dealId, CustomerId = customerId, Quantity = quantity, ClaimedAtUtc = now };
}

/// <summary>An order started in a room (one of its deals, or <see cref="AttributeRoomOrders"/>): what the host's numbers count.</summary>
internal sealed class LiveOrder
{
    private LiveOrder() { }

    public Guid OrderId { get; private set; }
    public Guid RoomId { get; private set; }
    public DateTime AtUtc { get; private set; }

    public static LiveOrder Attribute(Guid orderId, Guid roomId, DateTime now) => new() { OrderId = orderId, RoomId = roomId, AtUtc = now };
}

/// <summary>A signed-in viewer's last sign of life in a room (Join, Beat): who may buy its deals.</summary>
internal sealed class LiveViewer
{
    public static readonly TimeSpan InRoomWindow = TimeSpan.FromMinutes(2);

    private LiveViewer() { }

    public Guid RoomId { get; private set; }
    public Guid AccountId { get; private set; }
    public DateTime LastSeenUtc { get; private set; }
}
