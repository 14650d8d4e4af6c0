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
