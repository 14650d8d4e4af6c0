namespace Plaza.Web.Modules.Ordering.Contracts;

/// <summary>One line of an order as other modules (Reviews) may see it: what was bought, by whom, where, and whether the order completed.</summary>
internal sealed record PurchasedLine(Guid OrderId, string OrderNumber, Guid OrderLineId, Guid StoreId, Guid CustomerId, Guid ProductId,
    string ProductName, string SkuLabel, bool OrderCompleted, DateTime PlacedAtUtc);

/// <summary>What other modules may ask about what people bought.</summary>
internal interface IPurchases
{
    /// <summary>The order line, whoever bought it; null when there is no such line.</summary>
    Task<PurchasedLine?> Line(Guid orderLineId, CancellationToken ct);

    /// <summary>Every line of the customer's completed orders, newest order first.</summary>
    Task<IReadOnlyList<PurchasedLine>> CompletedLines(Guid customerId, CancellationToken ct);
}
