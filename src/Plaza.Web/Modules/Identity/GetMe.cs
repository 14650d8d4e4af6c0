using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Plaza.Web.Platform.Auth;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Identity;

internal static class GetMe
{
    public static async Task<Results<Ok<RegisterAccount.AccountView>, NotFound>> Handle(ClaimsPrincipal user, PlazaDb db, Contracts.IAccountDirectory accounts,
        CancellationToken ct)
    {
        var id = user.RequiredAccountId();
        await accounts.TrustLevel(id, ct); // brought up to date with the account's activity
        var account = await db.Set<Account>().AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, ct);
        return account is null ? TypedResults.NotFound() : TypedResults.Ok(RegisterAccount.ToView(account));
    }
}
