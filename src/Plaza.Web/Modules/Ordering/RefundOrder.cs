using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Plaza.Web.Modules.Catalog.Contracts;
using Plaza.Web.Modules.Payments.Contracts;
using Plaza.Web.Platform.Auth;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Validation;

namespace Plaza.Web.Modules.Ordering;

/// <summary>
/// Staff give money back, in full or for some items (after-sales). Goods that came back can be
/// restocked. The refund is recorded in the order's transaction and goes to the payment provider
/// right after it commits, never inside it (ADR 0016).
/// </summary>
internal static class RefundOrder
{
    public sealed record RefundLine(Guid? LineId, int? Quantity);

    public sealed record RefundRequest(IReadOnlyList<RefundLine>? Lines, bool? Full, bool? IncludeDeliveryFee, bool? Restock, string? Reason);

    public static async Task<Outcome<Order>?> Execute(Guid orderId, RefundRequest r, ClaimsPrincipal user, PlazaDb db, IStock stock, IRefundGateway refunds,
        TimeProvider clock, CancellationToken ct)
    {
        var v = new Validator().Text(r.Reason, "reason", 200, required: false)
            .Check(r.Full == true || r.Lines is { Count: > 0 } || r.IncludeDeliveryFee == true, "lines", "Choose what to refund, or a full refund.");
        for (var i = 0; i < (r.Lines?.Count ?? 0); i++)
            v.Check(r.Lines![i].LineId is not null, $"lines[{i}].lineId", "Choose an item.")
             .Check(r.Lines[i].Quantity is >= 1 and <= 999, $"lines[{i}].quantity", "From 1 to the number bought.");
        if (!v.IsValid) return v;
        var order = await OrderAccess.LoadForStaff(db, orderId, user, ct);
        if (order is null) return null;

        var now = clock.GetUtcNow().UtcDateTime;
        var lines = r.Full == true ? order.RemainingLines() : r.Lines!.Select(l => (l.LineId!.Value, l.Quantity!.Value)).ToList();
        var amount = order.Refund(lines, includeDeliveryFee: r.Full == true || r.IncludeDeliveryFee == true, user.RequiredAccountId(), now, r.Reason);

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await refunds.RequestRefund(OrderPayments.PayableKind, order.Id, amount, order.Currency, r.Reason ?? "Refund", ct);
        await db.SaveChangesAsync(ct);
        if (r.Restock == true)
            foreach (var (lineId, quantity) in lines)
                await stock.Release(order.StoreId, order.Lines.First(l => l.Id == lineId).SkuId, quantity, ct);
        await tx.CommitAsync(ct);
        await refunds.SubmitRequested(ct);
        return order;
    }

    public static async Task<Results<Ok<OrderView>, ValidationProblem, NotFound>> Handle(Guid id, RefundRequest request, ClaimsPrincipal user, PlazaDb db,
        IStock stock, IRefundGateway refunds, TimeProvider clock, CancellationToken ct)
        => (await Execute(id, request, user, db, stock, refunds, clock, ct)).OkOr(OrderView.From);
}
