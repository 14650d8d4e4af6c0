using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Plaza.Web.Modules.Identity.Contracts;
using Plaza.Web.Modules.Notifications.Contracts;
using Plaza.Web.Modules.Stores.Contracts;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Social.Pages;

/// <summary>The store page's "Follow this store" button posts here and comes back to the store.</summary>
internal sealed class StoreFollowModel(PlazaDb db, IAccountDirectory accounts, IStoreDirectory stores, TimeProvider clock, INotifier notifier) : PageModel
{
    public IActionResult OnGet(Guid id) => LocalRedirect($"/stores/{id}");

    public Task<IActionResult> OnPostAsync(Guid id) =>
        FollowButtons.Act(this, $"/stores/{id}", true, FollowRequest.Store(id), db, accounts, stores, clock, notifier,
            "You now follow this store.", "You no longer follow this store.");

    public Task<IActionResult> OnPostUnfollowAsync(Guid id) =>
        FollowButtons.Act(this, $"/stores/{id}", false, FollowRequest.Store(id), db, accounts, stores, clock, notifier,
            "You now follow this store.", "You no longer follow this store.");
}
