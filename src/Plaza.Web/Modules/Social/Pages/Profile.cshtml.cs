using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Plaza.Web.Modules.Identity.Contracts;
using Plaza.Web.Modules.Notifications.Contracts;
using Plaza.Web.Modules.Social.Contracts;
using Plaza.Web.Modules.Stores.Contracts;
using Plaza.Web.Platform.Auth;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Social.Pages;

/// <summary>
/// A person's public profile: name, member since, follower and following counts, the stores they follow,
/// and a Follow / Unfollow button. Never an email or phone; a deleted account is not found.
/// </summary>
internal sealed class ProfileModel(PlazaDb db, IAccountDirectory accounts, IStoreDirectory stores, IFollowGraph graph, TimeProvider clock,
    INotifier notifier) : PageModel
{
    public ProfileView Profile { get; private set; } = null!;
    public bool IsMe => User.AccountId() == Profile.AccountId;
    public string Here => $"/people/{Profile.AccountId}";

    public async Task<IActionResult> OnGetAsync(Guid accountId, CancellationToken ct)
    {
        if (await GetProfile.Execute(accountId, User.AccountId(), accounts, stores, graph, ct) is not { } profile) return NotFound();
        Profile = profile;
        return Page();
    }

    public Task<IActionResult> OnPostFollowAsync(Guid accountId) =>
        FollowButtons.Act(this, $"/people/{accountId}", true, FollowRequest.Person(accountId), db, accounts, stores, clock, notifier,
            "You now follow this person.", "You no longer follow this person.");

    public Task<IActionResult> OnPostUnfollowAsync(Guid accountId) =>
        FollowButtons.Act(this, $"/people/{accountId}", false, FollowRequest.Person(accountId), db, accounts, stores, clock, notifier,
            "You now follow this person.", "You no longer follow this person.");
}
