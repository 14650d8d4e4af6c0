using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Plaza.Web.Modules.Identity;
using Plaza.Web.Platform.Auth;
using Plaza.Web.Platform.Data;
using AccountEntity = Plaza.Web.Modules.Identity.Account;

namespace Plaza.Web.Pages.Account;

/// <summary>The signed-in person's profile.</summary>
[Authorize]
internal sealed class IndexModel(PlazaDb db, Plaza.Web.Modules.Identity.Contracts.IAccountDirectory accounts) : PageModel
{
    public RegisterAccount.AccountView Me { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var id = User.RequiredAccountId();
        await accounts.TrustLevel(id, ct); // brought up to date with the account's activity
        var account = await db.Set<AccountEntity>().AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, ct);
        if (account is null) return NotFound();
        Me = RegisterAccount.ToView(account);
        return Page();
    }
}
