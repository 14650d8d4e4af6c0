namespace Plaza.Web.Modules.Loyalty;

/// <summary>Loyalty settings (section "Loyalty"). Money amounts are minor units of the order's currency.</summary>
internal sealed class LoyaltyOptions
{
    /// <summary>Points earned per 1.00 paid on a completed order, before the tier's multiplier.</summary>
    public int PointsPerCurrencyUnitPaid { get; set; } = 1;
    /// <summary>How many points make 1.00 off at checkout (100 → one point is worth one minor unit).</summary>
    public int PointsPerCurrencyUnitSpent { get; set; } = 100;
    /// <summary>At most this share of what is left after coupons can be paid with points.</summary>
    public int SpendCapPercent { get; set; } = 50;
    public int ExpiryDays { get; set; } = 365;
    /// <summary>"Expiring soon" on the points page: what expires within this many days.</summary>
    public int ExpiringSoonDays { get; set; } = 30;
    public int CheckInPoints { get; set; } = 5;
    public int CheckInGrowth { get; set; } = 1;
    public int ReviewPhotosPoints { get; set; } = 20;
    public int ReviewPhotosGrowth { get; set; } = 5;
    public int InvitationPoints { get; set; } = 100;
    /// <summary>The day a check-in belongs to is the date in this time zone.</summary>
    public string CheckInTimeZone { get; set; } = "Europe/London";
    /// <summary>Membership tiers, lowest first; the first must start at 0 growth.</summary>
    public TierOptions[]? Tiers { get; set; }

    public TimeSpan Expiry => TimeSpan.FromDays(Math.Clamp(ExpiryDays, 1, 3650));

    public IReadOnlyList<Tier> TierList =>
        Tiers is { Length: > 0 } t ? [.. t.Select(x => x.ToTier()).OrderBy(x => x.FromGrowth)] : Tier.Defaults;
}

internal sealed class TierOptions
{
    public string Name { get; set; } = "";
    public long FromGrowth { get; set; }
    public int PointsMultiplierPercent { get; set; } = 100;
    public int MemberPricePercentOff { get; set; }
    public long? FreeDeliveryFromMinor { get; set; }

    public Tier ToTier() => new(Name, FromGrowth, PointsMultiplierPercent, MemberPricePercentOff, FreeDeliveryFromMinor);
}
