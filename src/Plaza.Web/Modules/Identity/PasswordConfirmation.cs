using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Plaza.Web.Modules.Identity.Contracts;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Identity;

internal sealed class PasswordConfirmation(PlazaDb db, IPasswordHasher<Account> hasher) : IPasswordConfirmation
{
    public async Task<bool> Confirms(Guid accountId, string? password, CancellationToken ct)
    {
        // An over-long password is never hashed: it cannot be right, and hashing it would cost.
        if (string.IsNullOrEmpty(password) || password.Length > PasswordPolicy.MaxLength) return false;
        var account = await db.Set<Account>().AsNoTracking().FirstOrDefaultAsync(a => a.Id == accountId, ct);
        return account is not null && hasher.VerifyHashedPassword(account, account.PasswordHash, password) != PasswordVerificationResult.Failed;
    }
}
