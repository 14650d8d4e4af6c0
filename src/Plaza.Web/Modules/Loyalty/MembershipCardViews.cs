namespace Plaza.Web.Modules.Loyalty;

/// <summary>One plan of the paid card: how many days for what price.</summary>
internal sealed record CardPlanView(string Id, int Days, long PriceMinor, string Currency);

/// <summary>The paid card on sale: its name, the tier whose benefits it gives, and its plans.</summary>
internal sealed record CardOfferView(string Name, TierView Tier, IReadOnlyList<CardPlanView> Plans);

/// <summary>A valid paid card: its name, the tier it gives and until when.</summary>
internal sealed record CardView(string Name, string TierName, DateTime ActiveUntilUtc);

/// <summary>A card purchase: pending until the payment provider confirms it, then paid with the stretch of validity it added.</summary>
internal sealed record CardPurchaseView(Guid Id, string Status, string CardName, string TierName, string Plan, int Days, long PriceMinor, string Currency,
    DateTime CreatedAtUtc, DateTime? PaidAtUtc, DateTime? ValidFromUtc, DateTime? ValidUntilUtc)
{
    public static CardPurchaseView From(MembershipCardPurchase p) => new(p.Id, p.Status == CardPurchaseStatus.Paid ? "paid" : "pending", p.CardName, p.TierName,
        p.Plan, p.Days, p.PriceMinor, p.Currency, p.CreatedAtUtc, p.PaidAtUtc, p.ValidFromUtc, p.ValidUntilUtc);
}
