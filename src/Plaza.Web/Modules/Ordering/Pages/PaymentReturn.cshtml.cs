using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Plaza.Web.Modules.Ordering;
using Plaza.Web.Modules.Ordering.Contracts;
using Plaza.Web.Modules.Ordering.Pages;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Errors;
using Plaza.Web.Platform.Web;

namespace Plaza.Web.Modules.Payments.Pages;

/// <summary>
/// Where the payment provider sends the shopper back. The browser coming back proves nothing: the
/// order is Paid only when the provider's signed webhook arrives, a moment later. Until then the page
/// says "Confirming your payment…" and reloads itself (<see cref="PaymentWaiting"/>).
/// </summary>
[Authorize]
internal sealed class PaymentReturnModel(PlazaDb db, IOrderPayments orderPayments, IPaymentProvider provider, TimeProvider clock) : PageModel
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
        var attempt = payment is null ? null
            : await db.Set<Payment>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == payment && p.OrderId == id, ct);

        Now = order.PaymentState != PaymentState.Unpaid ? State.Paid
            : order.Status != OrderStatus.AwaitingPayment ? State.Closed
            : attempt?.Status == PaymentStatus.Failed ? State.Declined
            : State.Confirming;

        if (Now == State.Confirming && PaymentWaiting.TakingLong(Response, check, CheckUrl)) Now = State.TakingLong;
        Response.Headers.CacheControl = "no-store";
        return Page();
    }

    public string CheckUrl(int check) =>
        $"/orders/{Order!.Id}/payment-return?payment={PaymentId}" + (Outcome is null ? "" : $"&outcome={Outcome}") + $"&check={check}";

    public async Task<IActionResult> OnPostPayAsync(Guid id, CancellationToken ct)
    {
        try
        {
            var outcome = await StartPayment.Execute(new StartPayment.StartPaymentRequest(id), User, db, orderPayments, provider, clock, ct);
            if (outcome is null) return NotFound();
            if (outcome.Value is { Ok: true, Value.RedirectUrl: { } url }) return Redirect(url);
        }
        catch (DomainException e)
        {
            TempData[FlashMessages.ProblemKey] = e.Message;
        }
        return LocalRedirect($"/orders/{id}");
    }
}
