using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Plaza.Web.Modules.Identity.Contracts;
using Plaza.Web.Modules.Notifications.Contracts;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Errors;
using Plaza.Web.Platform.Validation;
using Plaza.Web.Platform.Web;

namespace Plaza.Web.Modules.Moderation.Pages;

/// <summary>
/// One person as a moderator sees them: trust level (lock or unlock it), suspension, what moderators did
/// about them; warn (they get a notification), suspend for a number of days with a reason, lift a suspension.
/// The same use cases as the API.
/// </summary>
[Authorize(Policy = ModerationModule.PagePolicy)]
internal sealed class PersonModel(PlazaDb db, IAccountDirectory accounts, IAccountSuspensions suspensions, INotifier notifier, TimeProvider clock) : PageModel
{
    public AccountStanding Person { get; private set; } = null!;
    public IReadOnlyList<ModerationAction> History { get; private set; } = [];
    public bool Suspended => Person.SuspendedUntilUtc is { } until && until > clock.GetUtcNow().UtcDateTime;

    [BindProperty] public string? Message { get; set; }
    [BindProperty] public int? Days { get; set; } = 7;
    [BindProperty] public string? Reason { get; set; }
    [BindProperty] public string? Level { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await Load(id, ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostWarnAsync(Guid id, CancellationToken ct) =>
        Act(id, "Warning sent.", () => ModerateAccount.Warn(id, new(Message), User, db, accounts, notifier, clock, ct), ct);

    public Task<IActionResult> OnPostSuspendAsync(Guid id, CancellationToken ct) =>
        Act(id, "Suspended.", () => ModerateAccount.Suspend(id, new(Days, Reason), User, db, suspensions, clock, ct), ct);

    public Task<IActionResult> OnPostUnsuspendAsync(Guid id, CancellationToken ct) =>
        Act(id, "Suspension lifted.", async () => await ModerateAccount.Unsuspend(id, User, db, suspensions, clock, ct) is { } a
            ? (Outcome<ModerateAccount.AccountActionView>?)a
            : null, ct);

    public Task<IActionResult> OnPostTrustAsync(Guid id, CancellationToken ct) =>
        Act(id, "Trust level saved.",
            () => ModerateAccount.LockTrustLevel(id, new(int.TryParse(Level, out var l) ? l : null), User, db, suspensions, clock, ct), ct);

    private async Task<IActionResult> Act(Guid id, string done, Func<Task<Outcome<ModerateAccount.AccountActionView>?>> act, CancellationToken ct)
    {
        ModelState.Clear();
        try
        {
            var outcome = await act();
            if (outcome is null) return NotFound();
            if (outcome.Value.Ok)
            {
                TempData[FlashMessages.NoticeKey] = done;
                return LocalRedirect($"/moderation/people/{id}");
            }
            foreach (var field in outcome.Value.Errors!.Keys)
            {
                if (field == "message") ModelState.AddModelError(nameof(Message), "Write a message of 1 to 500 characters.");
                else if (field == "days") ModelState.AddModelError(nameof(Days), "Choose between 1 and 365 days.");
                else if (field == "reason") ModelState.AddModelError(nameof(Reason), "Give a reason of 1 to 500 characters.");
                else ModelState.AddModelError(nameof(Level), "Choose a trust level.");
            }
        }
        catch (DomainException e)
        {
            ModelState.AddModelError("", e.Message);
        }
        return await Load(id, ct) ? Page() : NotFound();
    }

    private async Task<bool> Load(Guid id, CancellationToken ct)
    {
        await accounts.TrustLevel(id, ct);
        if (await accounts.Standing(id, ct) is not { } person) return false;
        Person = person;
        Level ??= person.TrustLevelLocked ? person.TrustLevel.ToString(System.Globalization.CultureInfo.InvariantCulture) : "";
        History = await ModerateAccount.History(id, db, ct);
        return true;
    }
}
