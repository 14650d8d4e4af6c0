using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Plaza.Web.Modules.Sharing.Contracts;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Errors;
using Plaza.Web.Platform.Localization;
using Plaza.Web.Platform.Validation;

namespace Plaza.Web.Modules.Identity;

internal static class RegisterAccount
{
    /// <param name="ShareCode">The share link that brought this person (apps send it; a browser's plaza_ref cookie is used otherwise).</param>
    public sealed record RegisterRequest(string? Login, string? Password, string? DisplayName, string? ShareCode = null);

    /// <param name="TrustLevel">0 new, 1 basic, 2 member, 3 regular: grows with good activity; new accounts have stricter limits.</param>
    public sealed record AccountView(Guid Id, string? Email, string? Phone, string DisplayName, IReadOnlyList<string> Roles, string PreferredCulture,
        int TrustLevel);

    public static AccountView ToView(Account a) => new(a.Id, a.Email, a.Phone, a.DisplayName, a.Roles, a.PreferredCulture, a.TrustLevel);

    public static async Task<Outcome<Account>> Execute(RegisterRequest request, PlazaDb db, IPasswordHasher<Account> hasher, PasswordPolicy passwords,
        IShareAttribution attribution, TimeProvider clock, CancellationToken ct)
    {
        var v = new Validator();
        var (email, phone) = Logins.Parse(request.Login);
        v.Check(email is not null || phone is not null, "login", "Enter a valid email address or mobile number.");
        v.Text(request.DisplayName, "displayName", max: 80);
        if (passwords.Check(request.Password, request.Login) is { } problem) v.Add("password", problem.Message, problem.Code);
        v.Check(request.ShareCode is null || request.ShareCode.Length <= 64, "shareCode", "'shareCode' must be at most 64 characters.");
        if (!v.IsValid) return v;

        var taken = await db.Set<Account>().AnyAsync(a => (email != null && a.Email == email) || (phone != null && a.Phone == phone), ct);
        if (taken) throw new DomainException("login_taken", "An account with this email address or mobile number already exists.");

        var account = Account.Register(email, phone, request.DisplayName!, clock.GetUtcNow().UtcDateTime);
        account.SetPasswordHash(hasher.HashPassword(account, request.Password!));
        // The language they registered in is theirs until they choose another.
        var culture = System.Globalization.CultureInfo.CurrentUICulture.Name;
        if (CultureCookie.IsSupported(culture)) account.ChangeCulture(culture);
        db.Add(account);
        // Saved with the account, in one SaveChanges: a sign-up through a share link is counted exactly when the account exists.
        await attribution.RecordSignup(account.Id, request.ShareCode, ct);
        // Two registrations racing for the same login: the unique index decides.
        await db.SaveOrConflictAsync("login_taken", "An account with this email address or mobile number already exists.", ct);
        return account;
    }

    public static async Task<Results<Created<AccountView>, ValidationProblem>> Handle(RegisterRequest request, HttpContext http, PlazaDb db,
        IPasswordHasher<Account> hasher, PasswordPolicy passwords, IShareAttribution attribution, TimeProvider clock, CancellationToken ct)
    {
        if (request.ShareCode is null && http.Request.Cookies.TryGetValue(IShareAttribution.CookieName, out var carried))
            request = request with { ShareCode = carried };
        return (await Execute(request, db, hasher, passwords, attribution, clock, ct)).CreatedOr(_ => "/api/v1/auth/me", ToView);
    }
}
