using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Plaza.Web.Modules.Identity.Contracts;
using Plaza.Web.Modules.Notifications.Contracts;
using Plaza.Web.Modules.Stores.Contracts;
using Plaza.Web.Platform.Auth;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Errors;
using Plaza.Web.Platform.Web;

namespace Plaza.Web.Modules.Social.Pages;

/// <summary>The Follow and Unfollow buttons of the profile and store pages: one POST, then back with a notice.</summary>
internal static class FollowButtons
{
    public static string SignInLink(string returnUrl) => $"/account/sign-in?returnUrl={Uri.EscapeDataString(returnUrl)}";

    /// <summary>Follows (or unfollows) for the signed-in person and redirects to <paramref name="back"/>; anonymous people go to sign in first.</summary>
    public static async Task<IActionResult> Act(PageModel page, string back, bool follow, FollowRequest target, PlazaDb db, IAccountDirectory accounts,
        IStoreDirectory stores, TimeProvider clock, INotifier notifier, string followed, string unfollowed)
    {
        if (page.User.AccountId() is null) return page.LocalRedirect(SignInLink(back));
        var ct = page.HttpContext.RequestAborted;
        try
        {
            if (follow)
            {
                if (await FollowSomeone.Execute(target, page.User, db, accounts, stores, clock, notifier, ct) is null) return page.NotFound();
                page.TempData[FlashMessages.NoticeKey] = followed;
            }
            else
            {
                await UnfollowSomeone.Execute(target, page.User, db, ct);
                page.TempData[FlashMessages.NoticeKey] = unfollowed;
            }
        }
        catch (DomainException e)
        {
            page.TempData[FlashMessages.ProblemKey] = e.Message;
        }
        return page.LocalRedirect(back);
    }
}
