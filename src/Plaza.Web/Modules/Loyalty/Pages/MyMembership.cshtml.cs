using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Plaza.Web.Platform.Auth;

namespace Plaza.Web.Modules.Loyalty.Pages;

/// <summary>The page form of GET /api/v1/memberships/me.</summary>
[Authorize]
internal sealed class MyMembershipModel(PointsBook book) : PageModel
{
    public MembershipView Membership { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) => Membership = await MyMembership.Execute(User.RequiredAccountId(), book, ct);
}
