using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Plaza.Web.Modules.Ordering.Contracts;
using Plaza.Web.Modules.Payments.Contracts;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Ordering.Pages;

/// <summary>
/// Where the payment provider sends the shopper back. The browser coming back proves nothing: the
/// order is Paid only when the provider's signed webhook arrives, a moment later. Until then the page
/// says "Confirming your payment…" and reloads itself (<see cref="PaymentWaiting"/>).
/// </summary>
[Authorize]
internal sealed class PaymentReturnModel(PlazaDb db, IPayments payments) : PageModel
{
    public enum State { Confirming, TakingLong, Paid, Declined, Closed }

    public OrderView? Order { get; private set; }
    public State Now { get; private set; }
    public Guid? PaymentId { get; private set; }
    public string? Outcome { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, Guid? payment, string? outcome, int? check, CancellationToken ct)
    {
        var order = await OrderAccess.Load(db, id, User, ct);
        if (order is null) return NotFound();
        Order = OrderView.From(order);
        PaymentId = payment;
        Outcome = outcome is "approved" or "declined" ? outcome : null;

        Now = order.PaymentState != PaymentState.Unpaid ? State.Paid
            : order.Status != OrderStatus.AwaitingPayment ? State.Closed
            : payment is { } p && await payments.Declined(p, OrderPayments.PayableKind, id, ct) ? State.Declined
            : State.Confirming;

        if (Now == State.Confirming && PaymentWaiting.TakingLong(Response, check, CheckUrl)) Now = State.TakingLong;
        Response.Headers.CacheControl = "no-store";
        return Page();
    }

    public string CheckUrl(int check) =>
        $"/orders/{Order!.Id}/payment-return?payment={PaymentId}" + (Outcome is null ? "" : $"&outcome={Outcome}") + $"&check={check}";

    public async Task<IActionResult> OnPostPayAsync(Guid id, CancellationToken ct) =>
        await PayOrder.Start(id, User, payments, TempData, ct) is { } next ? Redirect(next) : NotFound();
}
