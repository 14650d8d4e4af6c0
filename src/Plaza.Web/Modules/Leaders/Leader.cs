using Plaza.Web.Modules.Stores.Contracts;
using Plaza.Web.Platform.Errors;

namespace Plaza.Web.Modules.Leaders;

internal enum LeaderStatus { Pending, Approved, Rejected, Retired }

/// <summary>
/// A community group-buy leader (社区团购团长) of one store: a shopper who applied with a pickup point
/// (their home, their shop, a parcel station) and whom the store's staff approved. Approval creates the
/// pickup point at the store (Stores contract); shoppers who order through the leader collect there.
/// One application per shopper and store (unique index).
/// </summary>
internal sealed class Leader
{
    private Leader() { }

    public Guid Id { get; private set; }
    public Guid StoreId { get; private set; }
    public Guid AccountId { get; private set; }
    /// <summary>The pickup point's name as shoppers see it, e.g. "Mei's doorstep, Elm Court".</summary>
    public string PointName { get; private set; } = "";
    public PartnerPickupKind Kind { get; private set; }
    public string Address { get; private set; } = "";
    public double Latitude { get; private set; }
    public double Longitude { get; private set; }
    public LeaderStatus Status { get; private set; }
    public Guid? PickupPointId { get; private set; }
    public DateTime AppliedAtUtc { get; private set; }
    public DateTime? DecidedAtUtc { get; private set; }
    public Guid? DecidedById { get; private set; }
    public DateTime? RetiredAtUtc { get; private set; }

    public static Leader Apply(Guid storeId, Guid accountId, string pointName, PartnerPickupKind kind, string address, double latitude, double longitude,
        DateTime now) =>
        new()
        {
            Id = Guid.CreateVersion7(), StoreId = storeId, AccountId = accountId, PointName = pointName.Trim(), Kind = kind, Address = address.Trim(),
            Latitude = latitude, Longitude = longitude, Status = LeaderStatus.Pending, AppliedAtUtc = now,
        };

    public void Approve(Guid pickupPointId, Guid staffId, DateTime now)
    {
        if (Status != LeaderStatus.Pending) throw new DomainException("already_decided", "This application has already been decided.");
        Status = LeaderStatus.Approved;
        PickupPointId = pickupPointId;
        DecidedById = staffId;
        DecidedAtUtc = now;
    }

    public void Reject(Guid staffId, DateTime now)
    {
        if (Status != LeaderStatus.Pending) throw new DomainException("already_decided", "This application has already been decided.");
        Status = LeaderStatus.Rejected;
        DecidedById = staffId;
        DecidedAtUtc = now;
    }

    /// <summary>
    /// The leader stops running their pickup point (moving away, say). Their page and link stop taking orders; what
    /// they earned stays theirs. The caller checks nothing is still waiting at the point and retires the point.
    /// </summary>
    public void StepDown(DateTime now)
    {
        if (Status != LeaderStatus.Approved) throw new DomainException("not_a_leader", "Only an approved leader can step down.");
        Status = LeaderStatus.Retired;
        RetiredAtUtc = now;
    }

    /// <summary>The person deleted their account: their address goes; the row stays for the orders' accounting.</summary>
    public void Erase()
    {
        PointName = "";
        Address = "";
        Latitude = 0;
        Longitude = 0;
        if (Status == LeaderStatus.Pending) Status = LeaderStatus.Rejected;
    }
}

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

internal enum LeaderOrderState { Placed, Completed, Cancelled }

/// <summary>
/// An order placed through a leader in a campaign (written in the same transaction as the order, keyed by its
/// id), and the leader's commission on it: <see cref="CommissionMinor"/> is set when the order completes and
/// recomputed from what the shopper still keeps after each refund, so running a handler twice changes nothing.
/// </summary>
internal sealed class LeaderOrder
{
    private LeaderOrder() { }

    public Guid OrderId { get; private set; }
    public Guid CampaignId { get; private set; }
    public Guid LeaderId { get; private set; }
    public Guid StoreId { get; private set; }
    public Guid CustomerId { get; private set; }
    public LeaderOrderState State { get; private set; }
    public long CommissionMinor { get; private set; }
    public DateTime PlacedAtUtc { get; private set; }
    public DateTime? CompletedAtUtc { get; private set; }

    public static LeaderOrder Record(Guid orderId, Guid campaignId, Guid leaderId, Guid storeId, Guid customerId, DateTime now) =>
        new() { OrderId = orderId, CampaignId = campaignId, LeaderId = leaderId, StoreId = storeId, CustomerId = customerId, State = LeaderOrderState.Placed,
            PlacedAtUtc = now };
}
