using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Plaza.Web.Modules.Payments.Contracts;
using Plaza.Web.Platform.Auth;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Errors;

namespace Plaza.Web.Modules.Loyalty.Pages;

/// <summary>
/// Where the payment provider sends the shopper back after paying for the membership card. The card is
/// active only once the provider's signed webhook has arrived; until then the page waits
/// (<see cref="PaymentWaiting"/>, as for orders). Someone else's purchase is a 404.
/// </summary>
[Authorize]
internal sealed class CardPaymentReturnModel(PlazaDb db, IPayments payments) : PageModel
{
    public enum State { Confirming, TakingLong, Active, Declined }

    public MembershipCardPurchase Purchase { get; private set; } = null!;
    public State Now { get; private set; }
    public Guid? PaymentId { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, Guid? payment, int? check, CancellationToken ct)
    {
        if (await GetMembershipCardPurchase.Execute(id, User.RequiredAccountId(), db, ct) is not { } purchase) return NotFound();
        Purchase = purchase;
        PaymentId = payment;
        Now = purchase.Status == CardPurchaseStatus.Paid ? State.Active
            : payment is { } p && await payments.Declined(p, CardPayments.PayableKind, id, ct) ? State.Declined
            : State.Confirming;
        if (Now == State.Confirming && PaymentWaiting.TakingLong(Response, check, CheckUrl)) Now = State.TakingLong;
        Response.Headers.CacheControl = "no-store";
        return Page();
    }

    /// <summary>"22 November 2027" (zh: "2027年11月22日"), the UTC date a card runs until.</summary>
    public static string CardDate(DateTime utc) =>
        utc.ToString(System.Globalization.CultureInfo.CurrentCulture.TwoLetterISOLanguageName == "zh" ? "yyyy年M月d日" : "d MMMM yyyy",
            System.Globalization.CultureInfo.CurrentCulture);

    public string CheckUrl(int check) => $"/account/membership/card/{Purchase.Id}/payment-return?payment={PaymentId}&check={check}";

    public async Task<IActionResult> OnPostPayAsync(Guid id, CancellationToken ct)
    {
        try
        {
            var url = await payments.StartCheckout(CardPayments.PayableKind, id, User.RequiredAccountId(), ct);
            if (url is null) return NotFound();
            return Redirect(url);
        }
        catch (DomainException)
        {
            return LocalRedirect("/account/membership");
        }
    }
}
