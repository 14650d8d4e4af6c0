using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Plaza.Web.Platform.Auth;

namespace Plaza.Web.Modules.GroupBuying.Pages;

/// <summary>"My teams" in the account area: the teams I opened or joined, newest first.</summary>
[Authorize]
internal sealed class MyTeamsModel(TeamReader reader) : PageModel
{
    public IReadOnlyList<TeamView> Teams { get; private set; } = [];
    public DateTime Now => reader.Now;

    public async Task OnGetAsync(CancellationToken ct) => Teams = await reader.Mine(User.RequiredAccountId(), ct);
}
