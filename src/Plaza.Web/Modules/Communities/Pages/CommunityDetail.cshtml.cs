using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Plaza.Web.Modules.Communities.Contracts;
using Plaza.Web.Modules.Identity.Contracts;
using Plaza.Web.Platform.Auth;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Errors;
using Plaza.Web.Platform.Web;

namespace Plaza.Web.Modules.Communities.Pages;

/// <summary>
/// A community: about, rules, member count and the Join / Request to join / Leave button for everyone;
/// the member list for those who may read it; requests to join for its owners and admins.
/// </summary>
internal sealed class CommunityDetailModel(PlazaDb db, ICommunityAccess access, IAccountDirectory accounts, TimeProvider clock) : PageModel
{
    public Community Community { get; private set; } = null!;
    public Membership? Mine { get; private set; }
    public IReadOnlyList<MemberView>? Members { get; private set; }
    public IReadOnlyList<MemberView> Requests { get; private set; } = [];
    public bool CanPin => Community.StoreId is { } s && User.IsStaffOf(s) && !Community.IsPinned;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        if (!await Load(slug, ct)) return NotFound();
        return Page();
    }

    public Task<IActionResult> OnPostJoinAsync(string slug, CancellationToken ct) => Act(slug, async c =>
    {
        var m = await JoinCommunity.Execute(c.Id, User, db, clock, ct);
        Notice(m is { IsActive: true } ? "Welcome! You are now a member." : "Your request to join is sent. An admin will answer it.");
        return m is not null;
    });

    public Task<IActionResult> OnPostLeaveAsync(string slug, CancellationToken ct) => Act(slug, async c =>
    {
        var left = await LeaveCommunity.Execute(c.Id, User, db, ct);
        Notice("You have left the community.");
        return left;
    });

    public Task<IActionResult> OnPostApproveAsync(string slug, Guid accountId, CancellationToken ct) => Act(slug, async c =>
    {
        var m = await AnswerJoinRequest.Approve(c.Id, accountId, User, db, clock, ct);
        Notice("The request is approved.");
        return m is not null;
    });

    public Task<IActionResult> OnPostRejectAsync(string slug, Guid accountId, CancellationToken ct) => Act(slug, async c =>
    {
        var done = await AnswerJoinRequest.Reject(c.Id, accountId, User, db, ct);
        Notice("The request is turned down.");
        return done;
    });

    public Task<IActionResult> OnPostRoleAsync(string slug, Guid accountId, string? role, CancellationToken ct) => Act(slug, async c =>
    {
        var outcome = await ChangeMemberRole.Execute(c.Id, accountId, new ChangeMemberRole.ChangeRoleRequest(role), User, db, ct);
        if (outcome is { Ok: false }) TempData[FlashMessages.ProblemKey] = "Choose a role.";
        else Notice("The role is changed.");
        return outcome is not null;
    });

    public Task<IActionResult> OnPostPinAsync(string slug, CancellationToken ct) => Act(slug, async c =>
    {
        var pinned = await PinCommunity.Execute(c.Id, User, db, ct);
        Notice("This is now your store's community.");
        return pinned is not null;
    });

    /// <summary>Runs one action for a signed-in person, then comes back to the page with a notice or the rule that stopped it.</summary>
    private async Task<IActionResult> Act(string slug, Func<Community, Task<bool>> action)
    {
        if (User.AccountId() is null) return LocalRedirect($"/account/sign-in?returnUrl={Uri.EscapeDataString($"/communities/{slug}")}");
        var community = await GetCommunity.Load(db, slug, HttpContext.RequestAborted);
        if (community is null) return NotFound();
        db.ChangeTracker.Clear();
        try
        {
            if (!await action(community)) return NotFound();
        }
        catch (DomainException e)
        {
            TempData.Remove(FlashMessages.NoticeKey);
            TempData[FlashMessages.ProblemKey] = e.Message;
        }
        return LocalRedirect($"/communities/{community.Slug}");
    }

    private void Notice(string message) => TempData[FlashMessages.NoticeKey] = message;

    private async Task<bool> Load(string slug, CancellationToken ct)
    {
        if (slug.Length > Community.SlugMax || await GetCommunity.Load(db, slug, ct) is not { } community) return false;
        Community = community;
        Mine = await GetCommunity.MembershipOf(db, community.Id, User.AccountId(), ct);
        Members = await ListMembers.Execute(community.Id, User, db, access, accounts, ct);
        Requests = await ListMembers.Pending(community.Id, User, db, accounts, ct) ?? [];
        return true;
    }
}
