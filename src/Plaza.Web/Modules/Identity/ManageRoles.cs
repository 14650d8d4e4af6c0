using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Validation;

namespace Plaza.Web.Modules.Identity;

/// <summary>Admins list accounts and grant or revoke roles.</summary>
internal static class ManageRoles
{
    public sealed record RoleRequest(string? Role);

    public sealed record AccountPage(IReadOnlyList<RegisterAccount.AccountView> Items, int Total);

    public static async Task<AccountPage> List(PlazaDb db, string? q, int page, CancellationToken ct)
    {
        var query = db.Set<Account>().AsNoTracking().Where(a => a.DeletedAtUtc == null);
        if (!string.IsNullOrWhiteSpace(q))
        {
            var term = q.Trim().ToLowerInvariant();
            query = query.Where(a => (a.Email != null && a.Email.Contains(term)) || (a.Phone != null && a.Phone.Contains(term))
                || a.DisplayName.ToLower().Contains(term));
        }
        var total = await query.CountAsync(ct);
        var items = await query.OrderBy(a => a.CreatedAtUtc).Skip(Math.Max(0, page - 1) * 50).Take(50).ToListAsync(ct);
        return new AccountPage(items.Select(RegisterAccount.ToView).ToList(), total);
    }

    public static async Task<Ok<AccountPage>> HandleList(PlazaDb db, string? q, int? page, CancellationToken ct) =>
        TypedResults.Ok(await List(db, q, page ?? 1, ct));

    public static async Task<Outcome<Account>> Change(Guid accountId, string? role, bool grant, PlazaDb db, CancellationToken ct)
    {
        var v = new Validator().Check(role is not null && Platform.Auth.Roles.All.Contains(role), "role",
            "Choose one of: " + string.Join(", ", Platform.Auth.Roles.All));
        if (!v.IsValid) return v;
        var account = await db.Set<Account>().FirstOrDefaultAsync(a => a.Id == accountId && a.DeletedAtUtc == null, ct);
        if (account is null) return new Validator().Add("accountId", "No such account.");
        if (grant) account.GrantRole(role!); else account.RevokeRole(role!);
        await db.SaveChangesAsync(ct);
        return account;
    }

    public static async Task<Results<Ok<RegisterAccount.AccountView>, ValidationProblem, NotFound>> HandleGrant(Guid id, RoleRequest request, PlazaDb db,
        CancellationToken ct) =>
        Map(await Change(id, request.Role, grant: true, db, ct));

    public static async Task<Results<Ok<RegisterAccount.AccountView>, ValidationProblem, NotFound>> HandleRevoke(Guid id, string role, PlazaDb db,
        CancellationToken ct) =>
        Map(await Change(id, role, grant: false, db, ct));

    private static Results<Ok<RegisterAccount.AccountView>, ValidationProblem, NotFound> Map(Outcome<Account> o) =>
        o.Ok ? TypedResults.Ok(RegisterAccount.ToView(o.Value!))
        : o.Errors!.ContainsKey("accountId") ? TypedResults.NotFound() : TypedResults.ValidationProblem(o.Errors!);
}
