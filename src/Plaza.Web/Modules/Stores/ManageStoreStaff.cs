using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Plaza.Web.Modules.Identity.Contracts;
using Plaza.Web.Platform.Auth;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Errors;
using Plaza.Web.Platform.Validation;

namespace Plaza.Web.Modules.Stores;

/// <summary>
/// Who works at a store. Its staff (or an admin) add a colleague by email or mobile number, or remove
/// one; a store always keeps at least one staff member so it can still be run.
/// </summary>
internal static class ManageStoreStaff
{
    public sealed record AddStaffRequest(string? Login);

    public sealed record StaffMemberView(Guid AccountId, string DisplayName, string? Email, string? Phone, DateTime AddedAtUtc);

    private static bool MayManage(ClaimsPrincipal user, Guid storeId) => user.IsStaffOf(storeId) || user.IsInRole(Roles.Admin);

    /// <summary>The store's staff; null when the user may not see them (or the store does not exist).</summary>
    public static async Task<IReadOnlyList<StaffMemberView>?> List(Guid storeId, ClaimsPrincipal user, PlazaDb db, IAccountDirectory accounts,
        CancellationToken ct)
    {
        if (!MayManage(user, storeId) || !await db.Set<Store>().AnyAsync(s => s.Id == storeId, ct)) return null;
        var staff = await db.Set<StoreStaff>().AsNoTracking().Where(s => s.StoreId == storeId).ToListAsync(ct);
        var people = await accounts.Find(staff.Select(s => s.AccountId).ToList(), ct);
        return staff.Where(s => people.ContainsKey(s.AccountId))
            .Select(s => new StaffMemberView(s.AccountId, people[s.AccountId].DisplayName, people[s.AccountId].Email, people[s.AccountId].Phone, s.AddedAtUtc))
            .OrderBy(s => s.DisplayName).ToList();
    }

    public static async Task<Outcome<StaffMemberView>?> Add(Guid storeId, AddStaffRequest r, ClaimsPrincipal user, PlazaDb db, IAccountDirectory accounts,
        TimeProvider clock, CancellationToken ct)
    {
        if (!MayManage(user, storeId) || !await db.Set<Store>().AnyAsync(s => s.Id == storeId, ct)) return null;
        var v = new Validator().Text(r.Login, "login", 254);
        if (!v.IsValid) return v;
        var person = await accounts.FindByLogin(r.Login!, ct);
        if (person is null) return new Validator().Add("login", "No account with that email address or mobile number.");
        if (await db.Set<StoreStaff>().AnyAsync(s => s.StoreId == storeId && s.AccountId == person.Id, ct))
            throw new DomainException("already_staff", "That person already works at this store.");
        var member = StoreStaff.Add(storeId, person.Id, clock.GetUtcNow().UtcDateTime);
        db.Add(member);
        await db.SaveChangesAsync(ct);
        return new StaffMemberView(person.Id, person.DisplayName, person.Email, person.Phone, member.AddedAtUtc);
    }

    /// <returns>false when the user may not manage the store or the person is not its staff.</returns>
    public static async Task<bool> Remove(Guid storeId, Guid accountId, ClaimsPrincipal user, PlazaDb db, CancellationToken ct)
    {
        if (!MayManage(user, storeId)) return false;
        var member = await db.Set<StoreStaff>().FirstOrDefaultAsync(s => s.StoreId == storeId && s.AccountId == accountId, ct);
        if (member is null) return false;
        if (await db.Set<StoreStaff>().CountAsync(s => s.StoreId == storeId, ct) == 1)
            throw new DomainException("last_staff", "A store keeps at least one staff member.");
        db.Remove(member);
        await db.SaveChangesAsync(ct);
        return true;
    }

    public static async Task<Results<Ok<IReadOnlyList<StaffMemberView>>, NotFound>> HandleList(Guid id, ClaimsPrincipal user, PlazaDb db,
        IAccountDirectory accounts, CancellationToken ct) =>
        await List(id, user, db, accounts, ct) is { } staff ? TypedResults.Ok(staff) : TypedResults.NotFound();

    public static async Task<Results<Created<StaffMemberView>, ValidationProblem, NotFound>> HandleAdd(Guid id, AddStaffRequest request, ClaimsPrincipal user,
        PlazaDb db, IAccountDirectory accounts, TimeProvider clock, CancellationToken ct)
        => (await Add(id, request, user, db, accounts, clock, ct)).CreatedOr(_ => $"/api/v1/stores/{id}/staff", member => member);

    public static async Task<Results<NoContent, NotFound>> HandleRemove(Guid id, Guid accountId, ClaimsPrincipal user, PlazaDb db, CancellationToken ct) =>
        await Remove(id, accountId, user, db, ct) ? TypedResults.NoContent() : TypedResults.NotFound();
}
