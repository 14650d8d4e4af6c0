namespace Plaza.Web.Modules.Leaders;

/// <summary>An item of a campaign at its campaign price.</summary>
internal sealed record CampaignItemView(Guid SkuId, Guid ProductId, string ProductName, string SkuLabel, long PriceMinor);

/// <summary>A campaign as the API and the pages show it; <c>Open</c>: published and still taking orders.</summary>
internal sealed record CampaignView(Guid Id, Guid StoreId, string Title, string Currency, DateTime CutOffUtc, DateTime DeliveryDayUtc,
    int CommissionBasisPoints, bool Published, bool Open, IReadOnlyList<CampaignItemView> Items)
{
    public static CampaignView From(Campaign c, DateTime now) =>
        new(c.Id, c.StoreId, c.Title, c.Currency, c.CutOffUtc, c.DeliveryDayUtc, c.CommissionBasisPoints,
            c.IsPublished, c.IsOpen(now), c.Items.Select(i => new CampaignItemView(i.SkuId, i.ProductId, i.ProductName, i.SkuLabel, i.PriceMinor)).ToList());
}
