namespace Plaza.Web.Modules.Payments;

/// <summary>A payment: what it pays (<c>kind</c> "order" or "membership-card", and that bill's id; <c>orderId</c> for orders only).</summary>
internal sealed record PaymentView(Guid Id, string Kind, Guid PayableId, Guid? OrderId, PaymentStatus Status, long AmountMinor, string Currency, string? RedirectUrl)
{
    public static PaymentView From(Payment p) => new(p.Id, p.Kind, p.PayableId, p.OrderId, p.Status, p.AmountMinor, p.Currency, p.RedirectUrl);
}
