using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Plaza.Web.Platform.Auth;

namespace Plaza.Web.Modules.Bargaining.Pages;

/// <summary>"My bargains" in the account area: the bargains I started, newest first.</summary>
[Authorize]
internal sealed class MyBargainsModel(BargainReader reader) : PageModel
{
    public IReadOnlyList<BargainView> Bargains { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Bargains = await reader.Mine(User.RequiredAccountId(), ct);
}
