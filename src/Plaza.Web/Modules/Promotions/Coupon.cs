using Plaza.Web.Modules.Ordering.Contracts;
using Plaza.Web.Platform.Errors;
using Plaza.Web.Platform.Events;

namespace Plaza.Web.Modules.Promotions;

/// <summary>Fixed: a sum off. Percentage: a share of what the eligible items cost, optionally capped.</summary>
internal enum CouponKind { Fixed, Percentage }

/// <summary>Which items a coupon takes money off: everything at the store, one category, or one product.</summary>
internal enum CouponScope { Store, Category, Product }

/// <summary>
/// A store's coupon campaign: its code, what it takes off (fixed or a percentage with an optional cap),
/// the minimum spend on eligible items, its scope, when it is valid, how many may be handed out in all
/// (<see cref="TotalLimit"/>, counted in <see cref="ClaimedCount"/> by one conditional UPDATE) and to one
/// shopper (<see cref="PerShopperLimit"/>), and whether it may be combined with other coupons. Each coupon
/// a shopper holds is a <see cref="ShopperCoupon"/>, used once.
/// </summary>
internal sealed class Coupon
{
    public const int CodeMax = 40, NameMax = 80;

    private Coupon() { }

    public Guid Id { get; private set; }
    public Guid StoreId { get; private set; }
    public string Code { get; private set; } = "";
    public string Name { get; private set; } = "";
    public CouponKind Kind { get; private set; }
    /// <summary>Fixed coupons: the sum off, in minor units.</summary>
    public long AmountMinor { get; private set; }
    /// <summary>Percentage coupons: 1 to 100.</summary>
    public int Percent { get; private set; }
    public long? MaxDiscountMinor { get; private set; }
    public long MinSpendMinor { get; private set; }
    public string Currency { get; private set; } = "";
    public CouponScope Scope { get; private set; }
    /// <summary>The category or product the coupon is for (null for the whole store).</summary>
    public Guid? ScopeId { get; private set; }
    public DateTime ValidFromUtc { get; private set; }
    public DateTime ValidUntilUtc { get; private set; }
    /// <summary>How many may be handed out in all; null for no limit.</summary>
    public int? TotalLimit { get; private set; }
    public int PerShopperLimit { get; private set; }
    public bool Stackable { get; private set; }
    /// <summary>Shown on the coupons page for shoppers to claim; otherwise staff issue it to named shoppers only.</summary>
    public bool Claimable { get; private set; }
    public int ClaimedCount { get; private set; }
    public Guid CreatedBy { get; private set; }
    public DateTime CreatedAtUtc { get; private set; }

    public static string Normalise(string code) => code.Trim().ToUpperInvariant();

    public static Coupon Create(Guid storeId, string code, string name, CouponKind kind, long amountMinor, int percent, long? maxDiscountMinor,
        long minSpendMinor, string currency, CouponScope scope, Guid? scopeId, DateTime validFromUtc, DateTime validUntilUtc,
        int? totalLimit, int perShopperLimit, bool stackable, bool claimable, Guid createdBy, DateTime now)
    {
        if (validUntilUtc <= validFromUtc) throw new DomainException("coupon_dates", "A coupon must end after it starts.");
        if ((scope == CouponScope.Store) != (scopeId is null)) throw new DomainException("coupon_scope", "Say which category or product the coupon is for.");
        return new Coupon
        {
            Id = Guid.CreateVersion7(), StoreId = storeId, Code = Normalise(code), Name = name.Trim(), Kind = kind,
            AmountMinor = kind == CouponKind.Fixed ? amountMinor : 0, Percent = kind == CouponKind.Percentage ? percent : 0,
            MaxDiscountMinor = kind == CouponKind.Percentage ? maxDiscountMinor : null, MinSpendMinor = minSpendMinor, Currency = currency,
            Scope = scope, ScopeId = scopeId, ValidFromUtc = validFromUtc, ValidUntilUtc = validUntilUtc, TotalLimit = totalLimit,
            PerShopperLimit = perShopperLimit, Stackable = stackable, Claimable = claimable, CreatedBy = createdBy, CreatedAtUtc = now,
        };
    }

    public bool IsValidAt(DateTime now) => ValidFromUtc <= now && now < ValidUntilUtc;

    /// <summary>Ends the campaign now: no more claims, and coupons not yet used can no longer be used. Orders already placed keep their discount.</summary>
    public void End(DateTime now)
    {
        if (ValidUntilUtc > now) ValidUntilUtc = now < ValidFromUtc ? ValidFromUtc : now;
    }

    /// <summary>Moves the end of a campaign that is not over: later or earlier, never before now or its start.</summary>
    public void EndAt(DateTime validUntilUtc, DateTime now)
    {
        if (IsOver(now)) throw new DomainException("deal_ended", "This coupon campaign has ended; set up a new one instead.");
        if (validUntilUtc <= now || validUntilUtc <= ValidFromUtc)
            throw new DomainException("coupon_dates", "The coupon must end after it starts and in the future.");
        ValidUntilUtc = validUntilUtc;
    }

    /// <summary>How many one shopper may hold from now on (coupons already claimed stay).</summary>
    public void LimitPerShopper(int perShopperLimit)
    {
        if (perShopperLimit is < 1 or > 100) throw new DomainException("invalid_limit", "The limit per shopper must be a whole number from 1 to 100.");
        PerShopperLimit = perShopperLimit;
    }
    public bool IsOver(DateTime now) => now >= ValidUntilUtc;
    public bool AllClaimed => TotalLimit is { } limit && ClaimedCount >= limit;
    public int? Left => TotalLimit is { } limit ? Math.Max(0, limit - ClaimedCount) : null;

    /// <summary>Whether this line is one the coupon takes money off.</summary>
    public bool Covers(PriceSheetLine line) => Scope switch
    {
        CouponScope.Category => line.CategoryId == ScopeId,
        CouponScope.Product => line.ProductId == ScopeId,
        _ => true,
    };

    /// <summary>
    /// Why the coupon cannot be used on these lines now (null when it can): validity, scope, and the minimum
    /// spend on the eligible lines at their prices after member and special prices (stages 1–2).
    /// </summary>
    public string? Problem(DateTime now, IEnumerable<PriceSheetLine> lines)
    {
        if (now < ValidFromUtc) return "This coupon is not valid yet.";
        if (now >= ValidUntilUtc) return "This coupon has expired.";
        var eligible = lines.Where(Covers).ToList();
        if (eligible.Count == 0) return "This coupon does not apply to any item in your order.";
        if (eligible.Sum(l => checked(l.UnitPriceMinor * l.Quantity)) < MinSpendMinor) return "Your order does not reach this coupon's minimum spend.";
        return null;
    }

    /// <summary>
    /// What the coupon takes off eligible items costing <paramref name="eligibleMinor"/>: the fixed sum, or the
    /// percentage rounded half up to the minor unit and capped by <see cref="MaxDiscountMinor"/>; never more than they cost.
    /// </summary>
    public long DiscountOn(long eligibleMinor)
    {
        if (eligibleMinor <= 0) return 0;
        var amount = Kind == CouponKind.Fixed
            ? AmountMinor
            : (long)Math.Round(eligibleMinor * (decimal)Percent / 100m, MidpointRounding.AwayFromZero);
        if (MaxDiscountMinor is { } cap) amount = Math.Min(amount, cap);
        return Math.Min(amount, eligibleMinor);
    }

    /// <summary>Non-stackable coupons go alone: null when these coupons may be used together.</summary>
    public static string? StackingProblem(IReadOnlyCollection<Coupon> coupons) =>
        coupons.Count > 1 && coupons.Any(c => !c.Stackable) ? "This coupon cannot be combined with other coupons." : null;
}

/// <summary>
/// One coupon in a shopper's wallet: claimed from the coupons page or issued by staff, used by one order.
/// (<see cref="CouponId"/>, <see cref="CustomerId"/>, <see cref="Sequence"/>) is unique and the sequence runs
/// from 1 to the per-shopper limit, so two racing claims by one shopper cannot both take the last place.
/// </summary>
internal sealed class ShopperCoupon : IHasDomainEvents
{
    private readonly List<IDomainEvent> _events = [];

    private ShopperCoupon() { }

    public IReadOnlyList<IDomainEvent> DomainEvents => _events;

    public void ClearDomainEvents() => _events.Clear();

    public Guid Id { get; private set; }
    public Guid CouponId { get; private set; }
    public Guid CustomerId { get; private set; }
    public int Sequence { get; private set; }
    public Guid? IssuedBy { get; private set; }
    public DateTime ClaimedAtUtc { get; private set; }
    /// <summary>The order that used it; set by one conditional UPDATE, cleared when that order is cancelled.</summary>
    public Guid? UsedOrderId { get; private set; }
    public DateTime? UsedAtUtc { get; private set; }

    /// <summary>Raises <see cref="Contracts.CouponIssued"/> when staff issue it (<paramref name="issuedBy"/>), so the shopper is told.</summary>
    public static ShopperCoupon Claim(Coupon coupon, Guid customerId, int sequence, Guid? issuedBy, DateTime now)
    {
        var given = new ShopperCoupon
            { Id = Guid.CreateVersion7(), CouponId = coupon.Id, CustomerId = customerId, Sequence = sequence, IssuedBy = issuedBy, ClaimedAtUtc = now };
        if (issuedBy is not null) given._events.Add(new Contracts.CouponIssued(given.Id, coupon.Id, coupon.StoreId, customerId, coupon.Name, coupon.Code, now));
        return given;
    }
}
