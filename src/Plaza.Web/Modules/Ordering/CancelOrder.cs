using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Plaza.Web.Modules.Catalog.Contracts;
using Plaza.Web.Modules.Ordering.Contracts;
using Plaza.Web.Modules.Payments.Contracts;
using Plaza.Web.Platform.Auth;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Ordering;

/// <summary>
/// The shopper (or staff) cancels before preparing starts: stock goes back on the shelf and, if it
/// was paid, the whole payment is refunded. One transaction; the refund goes to the provider after
/// it commits (ADR 0016).
/// </summary>
internal static class CancelOrder
{
    public static async Task<Order?> Execute(Guid orderId, ClaimsPrincipal user, PlazaDb db, IStock stock, IRefundGateway refunds, TimeProvider clock,
        CancellationToken ct)
    {
        var order = await OrderAccess.Load(db, orderId, user, ct);
        if (order is null) return null;
        var actor = order.CustomerId == user.AccountId() ? ActorKind.Shopper : ActorKind.Staff;
        await CancelWithinTransaction(order, user.AccountId(), actor, "Cancelled on request", db, stock, refunds, clock, ct);
        return order;
    }

    /// <summary>Shared by shopper cancellation and the expiry job.</summary>
    public static async Task CancelWithinTransaction(Order order, Guid? actorId, ActorKind actor, string reason, PlazaDb db, IStock stock,
        IRefundGateway refunds, TimeProvider clock, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var wasPaid = order.PaymentState != PaymentState.Unpaid;
        // What was still to be handed over goes back on the shelf (items refunded earlier went back then).
        var owed = order.Lines.Select(l => (l.SkuId, Quantity: order.ToHandOver(l))).Where(l => l.Quantity > 0).ToList();
        order.Cancel(actorId, actor, now, reason);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (wasPaid)
        {
            var amount = order.Refund(order.RemainingLines(), includeDeliveryFee: true, actorId ?? Guid.Empty, now, reason);
            await refunds.RequestRefund(OrderPayments.PayableKind, order.Id, amount, order.Currency, reason, requestKey: null, ct);
        }
        await db.SaveChangesAsync(ct); // the Version token makes a racing payment or expiry lose cleanly
        foreach (var (skuId, quantity) in owed)
            await stock.Release(order.StoreId, skuId, quantity, ct);
        await tx.CommitAsync(ct);
        await refunds.SubmitRequested(ct);
    }

    public static async Task<Results<Ok<OrderView>, NotFound>> Handle(Guid id, ClaimsPrincipal user, PlazaDb db, IStock stock, IRefundGateway refunds,
        TimeProvider clock, CancellationToken ct) =>
        await Execute(id, user, db, stock, refunds, clock, ct) is { } order ? TypedResults.Ok(OrderView.From(order)) : TypedResults.NotFound();
}
