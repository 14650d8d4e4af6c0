namespace Plaza.Web.Modules.Payments;

internal sealed record PaymentView(Guid Id, Guid OrderId, PaymentStatus Status, long AmountMinor, string Currency, string? RedirectUrl)
{
    public static PaymentView From(Payment p) => new(p.Id, p.OrderId, p.Status, p.AmountMinor, p.Currency, p.RedirectUrl);
}
