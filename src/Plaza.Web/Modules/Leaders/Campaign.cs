using Plaza.Web.Platform.Errors;

namespace Plaza.Web.Modules.Leaders;

/// <summary>
/// A merchant's group-buy campaign: items at campaign prices, ordered through leaders until the cut-off and
/// delivered to the leaders' pickup points on the delivery day. Leaders earn <see cref="CommissionBasisPoints"/>
/// of what shoppers paid for the campaign items in completed orders. A draft can be changed; once published
/// it is what shoppers see (not changed any more).
/// </summary>
internal sealed class Campaign
{
    public const int MaxItems = 30, MaxCommissionBasisPoints = 5000;

    private readonly List<CampaignItem> _items = [];
    private Campaign() { }

    public Guid Id { get; private set; }
    public Guid StoreId { get; private set; }
    public string Title { get; private set; } = "";
    public string Currency { get; private set; } = "GBP";
    public DateTime CutOffUtc { get; private set; }
    public DateTime DeliveryDayUtc { get; private set; }
    public int CommissionBasisPoints { get; private set; }
    public DateTime? PublishedAtUtc { get; private set; }
    /// <summary>Set by <see cref="CloseCampaigns"/> once the cut-off passed and no order is left waiting for payment: the pick list is final.</summary>
    public DateTime? ClosedAtUtc { get; private set; }
    public Guid CreatedById { get; private set; }
    public DateTime CreatedAtUtc { get; private set; }
    public IReadOnlyList<CampaignItem> Items => _items;

    public bool IsPublished => PublishedAtUtc is not null;
    /// <summary>Shoppers may order now: published and before the cut-off.</summary>
    public bool IsOpen(DateTime now) => IsPublished && now < CutOffUtc;

    public static Campaign Create(Guid storeId, string title, string currency, DateTime cutOffUtc, DateTime deliveryDayUtc, int commissionBasisPoints,
        Guid createdById, DateTime now)
    {
        if (cutOffUtc <= now) throw new DomainException("invalid_cut_off", "The order cut-off must be in the future.");
        if (deliveryDayUtc < cutOffUtc) throw new DomainException("invalid_delivery_day", "The delivery day must be after the cut-off.");
        if (commissionBasisPoints is < 0 or > MaxCommissionBasisPoints)
            throw new DomainException("invalid_commission", "The leader's commission is 0% to 50%.");
        return new Campaign
        {
            Id = Guid.CreateVersion7(), StoreId = storeId, Title = title.Trim(), Currency = currency, CutOffUtc = cutOffUtc, DeliveryDayUtc = deliveryDayUtc,
            CommissionBasisPoints = commissionBasisPoints, CreatedById = createdById, CreatedAtUtc = now,
        };
    }

    /// <param name="usualPriceMinor">The SKU's price at the store now: the campaign price must be below it.</param>
    public CampaignItem AddItem(Guid skuId, Guid productId, string productName, string skuLabel, long usualPriceMinor, long campaignPriceMinor)
    {
        if (IsPublished) throw new DomainException("campaign_published", "A published campaign cannot be changed.");
        if (_items.Count >= MaxItems) throw new DomainException("too_many_items", "A campaign has at most 30 items.");
        if (_items.Any(i => i.SkuId == skuId)) throw new DomainException("duplicate_item", "That item is already in the campaign.");
        if (campaignPriceMinor <= 0 || campaignPriceMinor >= usualPriceMinor)
            throw new DomainException("campaign_price_not_lower", "The campaign price must be above zero and below the usual price.");
        var item = new CampaignItem(Guid.CreateVersion7(), Id, skuId, productId, productName, skuLabel, campaignPriceMinor);
        _items.Add(item);
        return item;
    }

    public void Publish(DateTime now)
    {
        if (IsPublished) return;
        if (_items.Count == 0) throw new DomainException("campaign_empty", "Add at least one item before publishing.");
        if (CutOffUtc <= now) throw new DomainException("invalid_cut_off", "The order cut-off must be in the future.");
        PublishedAtUtc = now;
    }

    /// <summary>
    /// Staff stop taking orders early: the cut-off becomes now, and the cut-off job closes the campaign as it
    /// would have at the planned time (unpaid orders cancelled, pick list final). The delivery day stays.
    /// </summary>
    public void CloseOrdersNow(DateTime now)
    {
        if (!IsPublished) throw new DomainException("campaign_not_published", "A draft takes no orders: delete it instead.");
        if (!IsOpen(now)) throw new DomainException("campaign_closed", "Orders for this campaign are already closed.");
        CutOffUtc = now;
    }

    /// <summary>The leader's commission on <paramref name="paidMinor"/> (rounded down to the minor unit).</summary>
    public long CommissionOn(long paidMinor) => paidMinor <= 0 ? 0 : paidMinor * CommissionBasisPoints / 10_000;
}

internal sealed class CampaignItem
{
    private CampaignItem() { }

    public CampaignItem(Guid id, Guid campaignId, Guid skuId, Guid productId, string productName, string skuLabel, long priceMinor)
    {
        Id = id; CampaignId = campaignId; SkuId = skuId; ProductId = productId; ProductName = productName; SkuLabel = skuLabel; PriceMinor = priceMinor;
    }

    public Guid Id { get; private set; }
    public Guid CampaignId { get; private set; }
    public Guid SkuId { get; private set; }
    public Guid ProductId { get; private set; }
    public string ProductName { get; private set; } = "";
    public string SkuLabel { get; private set; } = "";
    public long PriceMinor { get; private set; }
}
