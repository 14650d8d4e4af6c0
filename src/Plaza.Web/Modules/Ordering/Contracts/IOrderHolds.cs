namespace Plaza.Web.Modules.Ordering.Contracts;

/// <summary>
/// What another module may do to an order it took part in (a team group buy, ADR 0012): keep a paid order
/// from being prepared until something outside the order has happened, and cancel it on the system's
/// behalf (refunding it through the payment provider if it was paid, and putting its stock back).
/// </summary>
internal interface IOrderHolds
{
    /// <summary>
    /// Staff cannot start preparing the order while it is held; <paramref name="reason"/> is English text the
    /// pages translate. Inside the caller's transaction (one conditional UPDATE).
    /// </summary>
    Task Hold(Guid orderId, string reason, CancellationToken ct);

    /// <summary>Lets these orders be prepared again. Inside the caller's transaction; releasing twice changes nothing.</summary>
    Task Release(IReadOnlyCollection<Guid> orderIds, CancellationToken ct);

    /// <summary>
    /// Cancels the order as the system (refund if paid, stock back), in a transaction of its own — call it
    /// outside any transaction. True when the order is cancelled now or already was; false when it can no
    /// longer be cancelled or a racing change won (try again later).
    /// </summary>
    Task<bool> CancelBySystem(Guid orderId, string reason, CancellationToken ct);
}
