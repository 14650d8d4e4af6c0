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
    /// <summary>The optional paid membership card (section "Loyalty:Card").</summary>
    public CardOptions Card { get; set; } = new();

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

/// <summary>
/// The paid membership card: while valid, its holder gets the benefits of <see cref="Tier"/> (or of their
/// growth tier when that is higher). Sold in plans (e.g. a year, a month), each a number of days at a price.
/// </summary>
internal sealed class CardOptions
{
    public bool Enabled { get; set; }
    public string Name { get; set; } = "Plaza Plus";
    /// <summary>The name of the tier (in <see cref="LoyaltyOptions.Tiers"/>) whose benefits the card gives.</summary>
    public string Tier { get; set; } = "Gold";
    public string Currency { get; set; } = "GBP";
    /// <summary>What can be bought; the first is the default. Unset: a year for 29.99 and a month for 3.99.</summary>
    public CardPlanOptions[]? Plans { get; set; }

    public IReadOnlyList<CardPlanOptions> PlanList =>
        Plans is { Length: > 0 } p ? p.Where(x => x.Days > 0 && x.PriceMinor > 0 && x.Id.Length is > 0 and <= CardPlanOptions.IdMax).ToList() : DefaultPlans;

    public static readonly IReadOnlyList<CardPlanOptions> DefaultPlans =
    [
        new() { Id = "year", Days = 365, PriceMinor = 2999 },
        new() { Id = "month", Days = 30, PriceMinor = 399 },
    ];
}

internal sealed class CardPlanOptions
{
    public const int IdMax = 20;

    /// <summary>"year", "month": what a purchase names as its plan.</summary>
    public string Id { get; set; } = "";
    public int Days { get; set; }
    public long PriceMinor { get; set; }
}
