using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Plaza.Web.Platform.Auth;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Ordering;

/// <summary>Staff move an order along: prepare, ready for pickup / out for delivery, hand over, delivered.</summary>
internal static class FulfilOrder
{
    public enum Step { Prepare, Ready, OutForDelivery, HandOver, Delivered }

    public sealed record HandOverRequest(string? PickupCode);

    public static async Task<Order?> Execute(Guid orderId, Step step, string? pickupCode, ClaimsPrincipal user, PlazaDb db, TimeProvider clock,
        CancellationToken ct)
    {
        var order = await OrderAccess.LoadForStaff(db, orderId, user, ct);
        if (order is null) return null;
        var staff = user.RequiredAccountId();
        var now = clock.GetUtcNow().UtcDateTime;
        switch (step)
        {
            case Step.Prepare: order.StartPreparing(staff, now); break;
            case Step.Ready: order.MarkReadyForPickup(staff, now); break;
            case Step.OutForDelivery: order.SendOutForDelivery(staff, now); break;
            case Step.HandOver: order.HandOver(staff, pickupCode?.Trim(), now); break;
            case Step.Delivered: order.ConfirmDelivered(staff, now); break;
        }
        await db.SaveChangesAsync(ct);
        return order;
    }

    public static Delegate Handler(Step step) =>
        async Task<Results<Ok<OrderView>, NotFound>> (Guid id, ClaimsPrincipal user, PlazaDb db, TimeProvider clock, CancellationToken ct) =>
            await Execute(id, step, null, user, db, clock, ct) is { } o ? TypedResults.Ok(OrderView.From(o)) : TypedResults.NotFound();

    public static async Task<Results<Ok<OrderView>, NotFound>> HandleHandOver(Guid id, HandOverRequest request, ClaimsPrincipal user, PlazaDb db,
        TimeProvider clock, CancellationToken ct) =>
        await Execute(id, Step.HandOver, request.PickupCode, user, db, clock, ct) is { } o ? TypedResults.Ok(OrderView.From(o)) : TypedResults.NotFound();
}
