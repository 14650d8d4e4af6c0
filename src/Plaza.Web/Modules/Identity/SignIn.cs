using System.Net;
using System.Security.Cryptography;
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

    private const string InvalidCredentials = "The login or password is not right.";
    private const string LockedOut = "Too many failed attempts. Try again in a few minutes.";

    /// <summary>Checked against when no account has the login, so that an unknown login costs as much time as a wrong password.</summary>
    private static string? _placeholderHash;
    private static readonly Account Placeholder = Account.Register("placeholder@plaza.invalid", null, "Placeholder", DateTime.UnixEpoch);

    /// <param name="client">The caller's address (the real client's behind a known proxy): failures are throttled per login and network.</param>
    public static async Task<Outcome<SignedIn>> Execute(SignInRequest request, string kind, IPAddress? client, PlazaDb db, IPasswordHasher<Account> hasher,
        SignInThrottle throttle, TimeProvider clock, CancellationToken ct)
    {
        var v = new Validator();
        var (email, phone) = Logins.Parse(request.Login);
        v.Check(email is not null || phone is not null, "login", "Enter a valid email address or mobile number.");
        v.Check(!string.IsNullOrEmpty(request.Password) && request.Password.Length <= PasswordPolicy.MaxLength, "password", "Enter your password.");
        if (!v.IsValid) return v;

        // Everything below is the same for a login no account has: the same throttle, the same work, the same answers (ADR 0021).
        var now = clock.GetUtcNow().UtcDateTime;
        var attempt = SignInThrottle.For((email ?? phone)!, client);
        if (!await throttle.TryEnter(attempt, now, ct)) throw new DomainException("locked_out", LockedOut);
        var account = await db.Set<Account>()
            .FirstOrDefaultAsync(a => a.DeletedAtUtc == null && ((email != null && a.Email == email) || (phone != null && a.Phone == phone)), ct);
        // No account: a placeholder's hash is checked all the same (and its verdict ignored) so that both take the same time.
        var verdict = hasher.VerifyHashedPassword(account ?? Placeholder, account?.PasswordHash ?? PlaceholderHash(hasher), request.Password!);
        if (account is null || verdict == PasswordVerificationResult.Failed)
            throw await throttle.IsLocked(attempt, now, ct)
                ? new DomainException("locked_out", LockedOut)
                : new DomainException("invalid_credentials", InvalidCredentials);
        await throttle.Succeeded(attempt, ct);
        // Only after the password is right: a suspension is not revealed to someone guessing logins.
        if (account.IsSuspended(now))
            throw new DomainException("suspended", $"This account is suspended until {account.SuspendedUntilUtc:u}.");
        if (verdict == PasswordVerificationResult.SuccessRehashNeeded)
            account.SetPasswordHash(hasher.HashPassword(account, request.Password!));

        var (session, token) = Session.Start(account.Id, kind, now);
        db.Add(session);
        await db.SaveChangesAsync(ct);
        return new SignedIn(account, token, session.ExpiresAtUtc);
    }

    private static string PlaceholderHash(IPasswordHasher<Account> hasher) =>
        _placeholderHash ??= hasher.HashPassword(Placeholder, Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)));

    public static async Task<Results<Ok<TokenView>, ValidationProblem>> Handle(SignInRequest request, HttpContext http, PlazaDb db,
        IPasswordHasher<Account> hasher, SignInThrottle throttle, TimeProvider clock, CancellationToken ct)
        => (await Execute(request, "bearer", http.Connection.RemoteIpAddress, db, hasher, throttle, clock, ct))
            .OkOr(s => new TokenView(s.Token, "Bearer", s.ExpiresAtUtc, RegisterAccount.ToView(s.Account)));
}
