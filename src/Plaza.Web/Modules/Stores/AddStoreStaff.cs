using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Plaza.Web.Modules.Identity.Contracts;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Errors;
using Plaza.Web.Platform.Validation;

namespace Plaza.Web.Modules.Stores;

/// <summary>A store's staff (or an admin) add a colleague by email address or mobile number.</summary>
internal static class AddStoreStaff
{
    public sealed record AddStaffRequest(string? Login);

    public static async Task<Outcome<StaffMemberView>?> Execute(Guid storeId, AddStaffRequest r, ClaimsPrincipal user, PlazaDb db, IAccountDirectory accounts,
        TimeProvider clock, CancellationToken ct)
    {
        if (!StoreStaffAccess.MayManage(user, storeId) || !await db.Set<Store>().AnyAsync(s => s.Id == storeId, ct)) return null;
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

    public static async Task<Results<Created<StaffMemberView>, ValidationProblem, NotFound>> Handle(Guid id, AddStaffRequest request, ClaimsPrincipal user,
        PlazaDb db, IAccountDirectory accounts, TimeProvider clock, CancellationToken ct)
        => (await Execute(id, request, user, db, accounts, clock, ct)).CreatedOr(_ => $"/api/v1/stores/{id}/staff", member => member);
}
