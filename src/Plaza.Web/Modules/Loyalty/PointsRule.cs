using Plaza.Web.Modules.Ordering.Contracts;

namespace Plaza.Web.Modules.Loyalty;

/// <summary>
/// Stage 4 (ADR 0011): first the tier's free delivery (when what is left after coupons reaches the
/// tier's threshold), then points: at most the balance and at most <see cref="LoyaltyOptions.SpendCapPercent"/>
/// of what is left after coupons. Claiming spends them with one conditional UPDATE keyed by the order.
/// </summary>
internal sealed class PointsRule(PointsBook book) : IPriceRule
{
    public PriceStage Stage => PriceStage.Points;

    public async Task Apply(PriceSheet sheet, CancellationToken ct)
    {
        var wanted = sheet.Choices.PointsToSpend;
        if (sheet.CustomerId is not { } customer)
        {
            if (wanted > 0) sheet.Refuse("pointsToSpend", "Sign in to spend points.");
            return;
        }
        var account = await book.Find(customer, ct);
        var tier = await book.TierOf(customer, ct);
        if (tier.FreeDelivery(sheet.NetMinor())) sheet.WaiveDeliveryFee("member-free-delivery", "Free delivery for members");
        if (wanted <= 0) return;
        if (wanted > (account?.Balance ?? 0))
        {
            sheet.Refuse("pointsToSpend", "That is more points than you have.");
            return;
        }
        if (wanted > Cap(sheet.NetMinor(), book.Options))
        {
            sheet.Refuse("pointsToSpend", "That is more points than this order allows.");
            return;
        }
        sheet.Discount(ValueMinor(wanted, book.Options), "points", "Points");
    }

    public async Task Claim(PriceSheet sheet, Guid orderId, CancellationToken ct)
    {
        if (sheet.Choices.PointsToSpend <= 0 || sheet.CustomerId is not { } customer) return;
        await book.Spend(customer, sheet.Choices.PointsToSpend, orderId, ct);
    }

    /// <summary>The most points an order may use: the cap's share of <paramref name="leftMinor"/>, in points, rounded down.</summary>
    public static long Cap(long leftMinor, LoyaltyOptions o) => Contracts.PointsWallet.MaxFor(leftMinor, o.SpendCapPercent, o.PointsPerCurrencyUnitSpent);

    /// <summary>What <paramref name="points"/> take off, in minor units (rounded down).</summary>
    public static long ValueMinor(long points, LoyaltyOptions o) => points * 100 / Math.Max(1, o.PointsPerCurrencyUnitSpent);
}
