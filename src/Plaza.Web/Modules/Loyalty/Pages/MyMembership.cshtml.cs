using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Plaza.Web.Modules.Payments.Contracts;
using Plaza.Web.Platform.Auth;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Errors;

namespace Plaza.Web.Modules.Loyalty.Pages;

/// <summary>
/// The page form of GET /api/v1/memberships/me; "Buy" is POST /api/v1/memberships/card-purchases followed by
/// POST /api/v1/payments {membershipCardPurchaseId}: off to the provider's hosted page.
/// </summary>
[Authorize]
internal sealed class MyMembershipModel(PointsBook book, PlazaDb db, IPayments payments) : PageModel
{
    public MembershipView Membership { get; private set; } = null!;

    [TempData]
    public string? Problem { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => Membership = await MyMembership.Execute(User.RequiredAccountId(), book, ct);

    public async Task<IActionResult> OnPostBuyAsync(string? plan, CancellationToken ct)
    {
        var accountId = User.RequiredAccountId();
        try
        {
            var bought = await BuyMembershipCard.Execute(new BuyMembershipCard.BuyCardRequest(plan), accountId, book, db, ct);
            if (bought is { Ok: true, Value: { } purchase }
                && await payments.StartCheckout(CardPayments.PayableKind, purchase.Id, accountId, ct) is { } url)
                return Redirect(url);
            Problem = "The membership card could not be bought. Try again.";
        }
        catch (DomainException e)
        {
            Problem = e.Message;
        }
        return RedirectToPage();
    }
}
