namespace Plaza.Web.Modules.Ordering.Contracts;

/// <summary>Where a pickup order is collected and the code its customer shows there.</summary>
internal sealed record PickupDetails(string PointName, string PickupCode);

/// <summary>What the customer's own notifications may say about collecting a pickup order.</summary>
internal interface IPickupDetails
{
    /// <summary>Null when there is no such order or it is not collected at a pickup point.</summary>
    Task<PickupDetails?> Find(Guid orderId, CancellationToken ct);
}
