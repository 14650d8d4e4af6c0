using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Plaza.Web.Modules.Identity.Contracts;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Stores;

/// <summary>Who works at a store, by name, for its staff (or an admin).</summary>
internal static class ListStoreStaff
{
    /// <summary>The store's staff; null when the user may not see them (or the store does not exist).</summary>
    public static async Task<IReadOnlyList<StaffMemberView>?> Execute(Guid storeId, ClaimsPrincipal user, PlazaDb db, IAccountDirectory accounts,
        CancellationToken ct)
    {
        if (!StoreStaffAccess.MayManage(user, storeId) || !await db.Set<Store>().AnyAsync(s => s.Id == storeId, ct)) return null;
        var staff = await db.Set<StoreStaff>().AsNoTracking().Where(s => s.StoreId == storeId).ToListAsync(ct);
        var people = await accounts.Find(staff.Select(s => s.AccountId).ToList(), ct);
        return staff.Where(s => people.ContainsKey(s.AccountId))
            .Select(s => new StaffMemberView(s.AccountId, people[s.AccountId].DisplayName, people[s.AccountId].Email, people[s.AccountId].Phone, s.AddedAtUtc))
            .OrderBy(s => s.DisplayName).ToList();
    }

    public static async Task<Results<Ok<IReadOnlyList<StaffMemberView>>, NotFound>> Handle(Guid id, ClaimsPrincipal user, PlazaDb db,
        IAccountDirectory accounts, CancellationToken ct) =>
        await Execute(id, user, db, accounts, ct) is { } staff ? TypedResults.Ok(staff) : TypedResults.NotFound();
}
