using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Errors;
using Plaza.Web.Platform.Validation;

namespace Plaza.Web.Modules.Identity;

internal static class SignIn
{
    public sealed record SignInRequest(string? Login, string? Password);

    public sealed record TokenView(string AccessToken, string TokenType, DateTime ExpiresAtUtc, RegisterAccount.AccountView Account);

    public sealed record SignedIn(Account Account, string Token, DateTime ExpiresAtUtc);

    public static async Task<Outcome<SignedIn>> Execute(SignInRequest request, string kind, PlazaDb db, IPasswordHasher<Account> hasher, TimeProvider clock,
        CancellationToken ct)
    {
        var v = new Validator();
        var (email, phone) = Logins.Parse(request.Login);
        v.Check(email is not null || phone is not null, "login", "Enter a valid email address or mobile number.");
        v.Check(!string.IsNullOrEmpty(request.Password) && request.Password.Length <= PasswordPolicy.MaxLength, "password", "Enter your password.");
        if (!v.IsValid) return v;

        var now = clock.GetUtcNow().UtcDateTime;
        var account = await db.Set<Account>()
            .FirstOrDefaultAsync(a => a.DeletedAtUtc == null && ((email != null && a.Email == email) || (phone != null && a.Phone == phone)), ct);
        // The same answer for an unknown login and a wrong password, so logins cannot be probed.
        if (account is null) throw new DomainException("invalid_credentials", "The login or password is not right.");
        if (account.IsLockedOut(now))
            throw new DomainException("locked_out", "Too many failed attempts. Try again in a few minutes.");

        var verdict = hasher.VerifyHashedPassword(account, account.PasswordHash, request.Password!);
        if (verdict == PasswordVerificationResult.Failed)
        {
            account.RecordFailedSignIn(now);
            await db.SaveChangesAsync(ct);
            throw new DomainException(account.IsLockedOut(now) ? "locked_out" : "invalid_credentials",
                account.IsLockedOut(now) ? "Too many failed attempts. Try again in a few minutes." : "The login or password is not right.");
        }
        // Only after the password is right: a suspension is not revealed to someone guessing logins.
        if (account.IsSuspended(now))
            throw new DomainException("suspended", $"This account is suspended until {account.SuspendedUntilUtc:u}.");
        if (verdict == PasswordVerificationResult.SuccessRehashNeeded)
            account.SetPasswordHash(hasher.HashPassword(account, request.Password!));

        account.RecordSuccessfulSignIn();
        var (session, token) = Session.Start(account.Id, kind, now);
        db.Add(session);
        await db.SaveChangesAsync(ct);
        return new SignedIn(account, token, session.ExpiresAtUtc);
    }

    public static async Task<Results<Ok<TokenView>, ValidationProblem>> Handle(SignInRequest request, PlazaDb db, IPasswordHasher<Account> hasher,
        TimeProvider clock, CancellationToken ct)
        => (await Execute(request, "bearer", db, hasher, clock, ct))
            .OkOr(s => new TokenView(s.Token, "Bearer", s.ExpiresAtUtc, RegisterAccount.ToView(s.Account)));
}
