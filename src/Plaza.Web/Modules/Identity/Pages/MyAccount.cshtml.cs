using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Plaza.Web.Modules.Identity.Contracts;
using Plaza.Web.Platform.Auth;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Identity.Pages;

/// <summary>The signed-in person's profile (/account).</summary>
[Authorize]
internal sealed class MyAccountModel(PlazaDb db, IAccountDirectory accounts) : PageModel
{
    public RegisterAccount.AccountView Me { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var id = User.RequiredAccountId();
        await accounts.TrustLevel(id, ct); // brought up to date with the account's activity
        var account = await db.Set<Account>().AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, ct);
        if (account is null) return NotFound();
        Me = RegisterAccount.ToView(account);
        return Page();
    }
}
