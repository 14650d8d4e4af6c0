using Plaza.Web.Platform.Errors;

namespace Plaza.Web.Kits.Deals;

/// <summary>
/// A time-boxed deal on one SKU of one store: what team group buys, bargain deals and flash sales share. The
/// window [<see cref="StartsAtUtc"/>, <see cref="EndsAtUtc"/>) says when new teams, bargains or sales may begin;
/// the deal's own terms (price, sizes, limits) live in the concrete class. Not an EF entity of its own: each
/// concrete deal keeps its own table and these properties are its columns.
/// </summary>
internal abstract class SkuDeal
{
    public Guid Id { get; protected set; }
    public Guid StoreId { get; protected set; }
    public Guid SkuId { get; protected set; }
    public Guid ProductId { get; protected set; }
    public string Currency { get; protected set; } = "GBP";
    public DateTime StartsAtUtc { get; protected set; }
    public DateTime EndsAtUtc { get; protected set; }
    public DateTime CreatedAtUtc { get; protected set; }

    /// <summary>New teams, bargains or sales may begin now.</summary>
    public bool IsActive(DateTime now) => StartsAtUtc <= now && now < EndsAtUtc;

    public bool HasStarted(DateTime now) => StartsAtUtc <= now;

    public bool HasEnded(DateTime now) => EndsAtUtc <= now;

    /// <summary>Nothing new begins from now on; what already began (open teams, bargains, orders) runs on.</summary>
    public void End(DateTime now)
    {
        if (EndsAtUtc > now) EndsAtUtc = now < StartsAtUtc ? StartsAtUtc : now;
    }

    /// <summary>Moves the end of a deal that has not ended: later or earlier, but never before now or its start.</summary>
    public void EndAt(DateTime endsAtUtc, DateTime now)
    {
        if (HasEnded(now)) throw new DomainException("deal_ended", "This deal has ended; set up a new one instead.");
        CheckWindow(StartsAtUtc, endsAtUtc, now);
        EndsAtUtc = endsAtUtc;
    }

    /// <summary>A deal's window ends after it starts, in the future (409 <c>invalid_window</c>).</summary>
    protected static void CheckWindow(DateTime startsAtUtc, DateTime endsAtUtc, DateTime now)
    {
        if (endsAtUtc <= startsAtUtc || endsAtUtc <= now) throw new DomainException("invalid_window", "The deal must end after it starts, in the future.");
    }

    /// <summary>
    /// Refuses a change to the deal's price once it has started: people already bought (or opened teams and
    /// bargains) at that price, and everyone on one deal pays the same.
    /// </summary>
    public void RefusePriceChange(DateTime now)
    {
        if (HasStarted(now))
            throw new DomainException("deal_running",
                "The price of a deal cannot change once it has started: people already bought at that price. End it and set up a new one.");
        throw new DomainException("deal_price_fixed", "The price of a deal is fixed when it is set up. End it and set up a new one.");
    }
}
