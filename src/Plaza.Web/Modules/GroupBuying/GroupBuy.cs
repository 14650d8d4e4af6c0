using Plaza.Web.Kits.Deals;
using Plaza.Web.Platform.Errors;

namespace Plaza.Web.Modules.GroupBuying;

/// <summary>
/// A merchant's team group-buy deal (ADR 0012): one SKU at one store, a group price below the usual price,
/// a team size of 2–10, how long a team has to fill, how many units one shopper may buy at the team price
/// (in one order), and the window in which new teams may be opened. Teams already open may still be joined
/// until they expire after the window ends.
/// </summary>
internal sealed class GroupBuyDeal : SkuDeal
{
    public const int MinTeamSize = 2, MaxTeamSize = 10, MinTimeLimitMinutes = 10, MaxTimeLimitMinutes = 7 * 24 * 60, MaxPerShopper = 99;

    private GroupBuyDeal() { }

    /// <summary>The product's name and SKU label when the deal was made, for lists and notifications.</summary>
    public string ProductName { get; private set; } = "";
    public string SkuLabel { get; private set; } = "";
    public long GroupPriceMinor { get; private set; }
    public int TeamSize { get; private set; }
    public int TimeLimitMinutes { get; private set; }
    public int PerShopperLimit { get; private set; }
    public Guid CreatedById { get; private set; }

    public TimeSpan TimeLimit => TimeSpan.FromMinutes(TimeLimitMinutes);

    /// <param name="usualPriceMinor">What the store sells the SKU for now: the group price must be below it.</param>
    public static GroupBuyDeal Create(Guid storeId, Guid skuId, Guid productId, string productName, string skuLabel, long usualPriceMinor, string currency,
        long groupPriceMinor, int teamSize, int timeLimitMinutes, int perShopperLimit, DateTime startsAtUtc, DateTime endsAtUtc, Guid createdById, DateTime now)
    {
        if (groupPriceMinor <= 0 || groupPriceMinor >= usualPriceMinor)
            throw new DomainException("group_price_not_lower", "The team price must be above zero and below the usual price.");
        if (teamSize is < MinTeamSize or > MaxTeamSize) throw new DomainException("invalid_team_size", "A team has 2 to 10 people.");
        if (timeLimitMinutes is < MinTimeLimitMinutes or > MaxTimeLimitMinutes)
            throw new DomainException("invalid_time_limit", "A team has from 10 minutes to 7 days to fill.");
        if (perShopperLimit is < 1 or > MaxPerShopper) throw new DomainException("invalid_limit", "The limit per shopper is 1 to 99.");
        CheckWindow(startsAtUtc, endsAtUtc, now);
        return new GroupBuyDeal
        {
            Id = Guid.CreateVersion7(), StoreId = storeId, SkuId = skuId, ProductId = productId, ProductName = productName, SkuLabel = skuLabel,
            GroupPriceMinor = groupPriceMinor, Currency = currency, TeamSize = teamSize, TimeLimitMinutes = timeLimitMinutes,
            PerShopperLimit = perShopperLimit, StartsAtUtc = startsAtUtc, EndsAtUtc = endsAtUtc, CreatedById = createdById, CreatedAtUtc = now,
        };
    }

    /// <summary>How many units one shopper may buy at the team price from now on (orders already placed keep theirs).</summary>
    public void LimitPerShopper(int perShopperLimit)
    {
        if (perShopperLimit is < 1 or > MaxPerShopper) throw new DomainException("invalid_limit", "The limit per shopper is 1 to 99.");
        PerShopperLimit = perShopperLimit;
    }

    /// <summary>How long teams opened from now on have to fill (open teams keep their own deadline).</summary>
    public void GiveTeams(int timeLimitMinutes)
    {
        if (timeLimitMinutes is < MinTimeLimitMinutes or > MaxTimeLimitMinutes)
            throw new DomainException("invalid_time_limit", "A team has from 10 minutes to 7 days to fill.");
        TimeLimitMinutes = timeLimitMinutes;
    }
}

internal enum TeamStatus { Open, Complete, Failed }

/// <summary>
/// A team: opened by a shopper's order (seat 1) and joined by others' orders until <see cref="Size"/> seats are
/// taken. Counters change only with conditional UPDATEs (see <see cref="GroupBuyPriceRule"/> and
/// <see cref="TeamSeats"/>): <see cref="Members"/> counts seats held by an order (paid or not yet paid),
/// <see cref="PaidMembers"/> those whose order is paid. The team is complete when every seat is paid before
/// <see cref="ExpiresAtUtc"/>; it fails when time runs out first (every member refunded) or when nobody is left.
/// </summary>
internal sealed class GroupBuyTeam
{
    private GroupBuyTeam() { }

    public Guid Id { get; private set; }
    public Guid DealId { get; private set; }
    public Guid StoreId { get; private set; }
    public Guid SkuId { get; private set; }
    public Guid LeaderId { get; private set; }
    public int Size { get; private set; }
    public int Members { get; private set; }
    public int PaidMembers { get; private set; }
    public TeamStatus Status { get; private set; }
    public DateTime OpenedAtUtc { get; private set; }
    public DateTime ExpiresAtUtc { get; private set; }
    public DateTime? ClosedAtUtc { get; private set; }

    public int SpotsLeft => Math.Max(0, Size - Members);

    /// <summary>Whether a new member could take a seat now (the database decides for real, in one UPDATE).</summary>
    public bool IsJoinable(DateTime now) => Status == TeamStatus.Open && ExpiresAtUtc > now && Members < Size;

    /// <summary>The opener takes seat 1; the team has the deal's time limit to fill.</summary>
    public static GroupBuyTeam Open(GroupBuyDeal deal, Guid leaderId, DateTime now)
    {
        if (!deal.IsActive(now)) throw new DomainException("deal_ended", "This group buy is not running.");
        return new GroupBuyTeam
        {
            Id = Guid.CreateVersion7(), DealId = deal.Id, StoreId = deal.StoreId, SkuId = deal.SkuId, LeaderId = leaderId,
            Size = deal.TeamSize, Members = 1, PaidMembers = 0, Status = TeamStatus.Open, OpenedAtUtc = now, ExpiresAtUtc = now + deal.TimeLimit,
        };
    }
}

/// <summary>
/// A seat: Held while the member's order is unpaid, Paid once it is paid. A seat whose order is cancelled while
/// the team is open is deleted (the spot is free again); after the team closed it stays, Refunded or Cancelled.
/// </summary>
internal enum SeatState { Held, Paid, Refunded, Cancelled }

/// <summary>One member of a team: one order, at most one seat per shopper per team (unique index).</summary>
internal sealed class TeamMember
{
    private TeamMember() { }

    public Guid Id { get; private set; }
    public Guid TeamId { get; private set; }
    public Guid CustomerId { get; private set; }
    public Guid OrderId { get; private set; }
    public int Quantity { get; private set; }
    public SeatState State { get; private set; }
    public DateTime JoinedAtUtc { get; private set; }

    public static TeamMember Seat(Guid teamId, Guid customerId, Guid orderId, int quantity, DateTime now) =>
        new() { Id = Guid.CreateVersion7(), TeamId = teamId, CustomerId = customerId, OrderId = orderId, Quantity = quantity, State = SeatState.Held,
            JoinedAtUtc = now };
}

/// <summary>
/// One row per shopper and deal, bumped at the start of every team order the shopper places in the deal. Its
/// row lock (held until the order commits) makes a shopper's orders in one deal take turns, so the per-shopper
/// limit, counted from their live seats, holds even when they order in several tabs at once.
/// </summary>
internal sealed class ShopperDealClaims
{
    private ShopperDealClaims() { }

    public Guid DealId { get; private set; }
    public Guid CustomerId { get; private set; }
    public int Claims { get; private set; }
}
