using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Errors;
using Plaza.Web.Platform.Validation;

namespace Plaza.Web.Modules.Identity;

internal static class RegisterAccount
{
    public sealed record RegisterRequest(string? Login, string? Password, string? DisplayName);

    public sealed record AccountView(Guid Id, string? Email, string? Phone, string DisplayName, IReadOnlyList<string> Roles, string PreferredCulture);

    public static AccountView ToView(Account a) => new(a.Id, a.Email, a.Phone, a.DisplayName, a.Roles, a.PreferredCulture);

    public static async Task<Outcome<Account>> Execute(RegisterRequest request, PlazaDb db, IPasswordHasher<Account> hasher, TimeProvider clock, CancellationToken ct)
    {
        var v = new Validator();
        var (email, phone) = Logins.Parse(request.Login);
        v.Check(email is not null || phone is not null, "login", "Enter a valid email address or mobile number.");
        v.Text(request.DisplayName, "displayName", max: 80);
        if (PasswordPolicy.Check(request.Password, request.Login) is { } problem) v.Add("password", problem);
        if (!v.IsValid) return v;

        var taken = await db.Set<Account>().AnyAsync(a => (email != null && a.Email == email) || (phone != null && a.Phone == phone), ct);
        if (taken) throw new DomainException("login_taken", "An account with this email address or mobile number already exists.");

        var account = Account.Register(email, phone, request.DisplayName!, clock.GetUtcNow().UtcDateTime);
        account.SetPasswordHash(hasher.HashPassword(account, request.Password!));
        db.Add(account);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Two registrations raced for the same login: the unique index decided.
            throw new DomainException("login_taken", "An account with this email address or mobile number already exists.");
        }
        return account;
    }

    public static async Task<Results<Created<AccountView>, ValidationProblem>> Handle(RegisterRequest request, PlazaDb db, IPasswordHasher<Account> hasher, TimeProvider clock, CancellationToken ct)
        => (await Execute(request, db, hasher, clock, ct)).CreatedOr(_ => "/api/v1/auth/me", ToView);
}
