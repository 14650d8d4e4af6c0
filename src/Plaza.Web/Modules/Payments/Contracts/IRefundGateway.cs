namespace Plaza.Web.Modules.Payments.Contracts;

/// <summary>Ordering asks Payments to send money back for an order, inside Ordering's transaction.</summary>
internal interface IRefundGateway
{
    Task RequestRefund(Guid orderId, long amountMinor, string currency, string reason, CancellationToken ct);
}
