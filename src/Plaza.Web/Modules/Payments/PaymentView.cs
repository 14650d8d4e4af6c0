namespace Plaza.Web.Modules.Payments;

/// <summary>A payment: what it pays (<c>kind</c> "order" or "membership-card", and <c>payableId</c>, that bill's id) and how it stands.</summary>
internal sealed record PaymentView(Guid Id, string Kind, Guid PayableId, PaymentStatus Status, long AmountMinor, string Currency, string? RedirectUrl)
{
    public static PaymentView From(Payment p) => new(p.Id, p.Kind, p.PayableId, p.Status, p.AmountMinor, p.Currency, p.RedirectUrl);
}
