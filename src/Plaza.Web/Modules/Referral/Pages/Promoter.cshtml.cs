using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Plaza.Web.Modules.Identity.Contracts;
using Plaza.Web.Modules.Sharing.Contracts;
using Plaza.Web.Platform.Auth;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Errors;

namespace Plaza.Web.Modules.Referral.Pages;

/// <summary>Become a promoter, then the promoter's dashboard: the page form of /api/v1/referrals/promoter, /me and /withdrawals.</summary>
[Authorize]
internal sealed class PromoterModel(PlazaDb db, IShareReferrals shares, IAccountDirectory accounts, IOptions<ReferralOptions> options,
    TimeProvider clock) : PageModel
{
    public PromoterDashboard.DashboardView Dashboard { get; private set; } = null!;
    public int BindingDays => options.Value.BindingDays;
    public int AfterSalesDays => options.Value.AfterSalesDays;

    [BindProperty]
    public string? Amount { get; set; }

    [BindProperty]
    public string? Currency { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => await Load(ct);

    public async Task<IActionResult> OnPostJoinAsync(CancellationToken ct)
    {
        await BecomePromoter.Execute(User, db, clock, ct);
        TempData[ReferralText.NoticeKey] = "You are a promoter now. Share products and invite friends to start earning.";
        return LocalRedirect("/account/promoter");
    }

    public async Task<IActionResult> OnPostWithdrawAsync(CancellationToken ct)
    {
        var currency = Currency?.Trim().ToUpperInvariant() ?? "";
        if (ReferralText.Minor(Amount, currency is { Length: 3 } ? currency : "GBP") is not { } minor || minor <= 0)
            ModelState.AddModelError(nameof(Amount), "Enter an amount above zero, like 5.00.");
        else
        {
            try
            {
                var outcome = await RequestWithdrawal.Execute(new RequestWithdrawal.WithdrawalRequest(minor, currency), User, db, clock, ct);
                if (outcome.Ok)
                {
                    TempData[ReferralText.NoticeKey] = "Your withdrawal request is recorded. It is paid to your bank by hand.";
                    return LocalRedirect("/account/promoter");
                }
                foreach (var message in outcome.Errors!.Values.SelectMany(m => m)) ModelState.AddModelError(nameof(Amount), message);
            }
            catch (DomainException e)
            {
                ModelState.AddModelError(nameof(Amount), e.Message);
            }
        }
        await Load(ct);
        return Page();
    }

    private async Task Load(CancellationToken ct) =>
        Dashboard = await PromoterDashboard.Load(User.RequiredAccountId(), db, shares, accounts, options, clock, ct);
}
