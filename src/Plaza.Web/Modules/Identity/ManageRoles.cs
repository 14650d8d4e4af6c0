using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Validation;

namespace Plaza.Web.Modules.Identity;

/// <summary>Admins grant or revoke roles.</summary>
internal static class ManageRoles
{
    public sealed record RoleRequest(string? Role);

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
