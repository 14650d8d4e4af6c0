namespace Plaza.Web.Modules.Leaders;

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
