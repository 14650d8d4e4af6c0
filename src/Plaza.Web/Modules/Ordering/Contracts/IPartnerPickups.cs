namespace Plaza.Web.Modules.Ordering.Contracts;

/// <summary>
/// What a module that runs partner pickup points (community group-buy leaders) may do to the orders collected
/// there. The person running the point stands in for store staff for these two steps only; the order's history
/// records them as staff with their own account id. Only pickup orders at <c>pickupPointId</c> among the given
/// ids are touched, so a caller can never move another point's orders.
/// </summary>
internal interface IPartnerPickups
{
    /// <summary>
    /// The delivery arrived at the point: each paid (or preparing) order among <paramref name="orderIds"/> becomes
    /// ready for pickup. Orders on hold, unpaid, cancelled or already further along are left as they are.
    /// </summary>
    /// <returns>How many orders became ready now.</returns>
    Task<int> MarkArrived(Guid pickupPointId, IReadOnlyCollection<Guid> orderIds, Guid actorId, CancellationToken ct);

    /// <summary>The shopper shows their pickup code: the ready order among <paramref name="orderIds"/> with that code is handed over.</summary>
    /// <returns>The order handed over; null when no ready order there has that code.</returns>
    Task<Guid?> HandOver(Guid pickupPointId, IReadOnlyCollection<Guid> orderIds, string pickupCode, Guid actorId, CancellationToken ct);
}
