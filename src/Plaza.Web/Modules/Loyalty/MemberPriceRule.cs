using Plaza.Web.Modules.Ordering.Contracts;

namespace Plaza.Web.Modules.Loyalty;

/// <summary>Stage 1 (ADR 0011): a member's tier (the higher of growth tier and a valid paid card's) takes its percentage off every unit price.</summary>
internal sealed class MemberPriceRule(PointsBook book) : IPriceRule
{
    public PriceStage Stage => PriceStage.MemberPrice;

    public async Task Apply(PriceSheet sheet, CancellationToken ct)
    {
        if (sheet.CustomerId is not { } customer) return;
        var tier = await book.TierOf(customer, ct);
        if (tier.MemberPricePercentOff <= 0) return;
        foreach (var line in sheet.Lines)
            sheet.OfferUnitPrice(line.SkuId, tier.MemberUnitPrice(line.UnitPriceMinor), "member-price", "Member price");
    }

    public Task Claim(PriceSheet sheet, Guid orderId, CancellationToken ct) => Task.CompletedTask;
}
