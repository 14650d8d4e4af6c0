using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Plaza.Web.Modules.Identity.Contracts;
using Plaza.Web.Modules.Notifications.Contracts;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Errors;
using Plaza.Web.Platform.Validation;

namespace Plaza.Web.Modules.Referral.Pages;

/// <summary>Administrators pay promoters by hand and record it here, or turn a request down: the page form of /api/v1/referrals/withdrawals.</summary>
[Authorize(Roles = Platform.Auth.Roles.Admin)]
internal sealed class PayoutsModel(PlazaDb db, IAccountDirectory accounts, INotifier notifier, TimeProvider clock) : PageModel
{
    public WithdrawalDesk.WithdrawalPage Withdrawals { get; private set; } = new([], 0, 0, null);
    public string State { get; private set; } = WalletEntry.Pending;
    public int PageNumber { get; private set; } = 1;
    public int PageCount => Math.Max(1, (Withdrawals.Total + WithdrawalDesk.PageSize - 1) / WithdrawalDesk.PageSize);
    /// <summary>The withdrawal whose form failed, so its message shows beside it.</summary>
    public Guid? FailedId { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? state, int? p, CancellationToken ct) =>
        await Load(state, p, ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostPaidAsync(Guid id, string? reference, CancellationToken ct) =>
        Settle(id, "reference", () => SettleWithdrawal.MarkPaid(id, new(reference), User, db, notifier, clock, ct),
            "Recorded as paid. The promoter is told.", ct);

    public Task<IActionResult> OnPostRejectAsync(Guid id, string? reason, CancellationToken ct) =>
        Settle(id, "reason", () => SettleWithdrawal.Reject(id, new(reason), User, db, notifier, clock, ct),
            "Turned down. The amount is back in the promoter's wallet and they are told why.", ct);

    private async Task<IActionResult> Settle(Guid id, string field, Func<Task<Outcome<WalletEntry>?>> settle, string done, CancellationToken ct)
    {
        try
        {
            if (await settle() is not { } outcome) return NotFound();
            if (outcome.Ok)
            {
                TempData[ReferralText.NoticeKey] = done;
                return LocalRedirect("/admin/payouts");
            }
            foreach (var message in outcome.Errors!.Values.SelectMany(m => m)) ModelState.AddModelError($"{field}-{id}", message);
        }
        catch (DomainException e)
        {
            ModelState.AddModelError($"{field}-{id}", e.Message);
        }
        FailedId = id;
        await Load(null, null, ct);
        return Page();
    }

    private async Task<bool> Load(string? state, int? p, CancellationToken ct)
    {
        var outcome = await WithdrawalDesk.List(state, p, db, accounts, ct);
        if (!outcome.Ok) return false;
        (Withdrawals, State, PageNumber) = (outcome.Value!, state ?? WalletEntry.Pending, p ?? 1);
        return true;
    }

    public static string Link(string state, int page) => $"/admin/payouts?state={state}" + (page > 1 ? $"&p={page}" : "");
}
