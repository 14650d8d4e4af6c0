using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Plaza.Web.Platform.Auth;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Validation;

namespace Plaza.Web.Modules.Leaders;

/// <summary>A store's leader applications, for its staff.</summary>
internal static class ListApplications
{
    /// <summary>A store's applications for its staff: pending first, then the newest.</summary>
    public static async Task<IReadOnlyList<Leader>?> Execute(Guid storeId, ClaimsPrincipal user, PlazaDb db, CancellationToken ct)
    {
        if (!user.IsStaffOf(storeId)) return null;
        return await db.Set<Leader>().AsNoTracking().Where(l => l.StoreId == storeId)
            .OrderBy(l => l.Status == LeaderStatus.Pending ? 0 : 1).ThenByDescending(l => l.AppliedAtUtc).Take(200).ToListAsync(ct);
    }

    public static async Task<Results<Ok<IReadOnlyList<LeaderView>>, ValidationProblem, ForbidHttpResult>> Handle(Guid? storeId, ClaimsPrincipal user,
        PlazaDb db, CancellationToken ct)
    {
        if (storeId is null) return new Validator().Add("storeId", "Choose a store.").Problem();
        return await Execute(storeId.Value, user, db, ct) is { } list
            ? TypedResults.Ok<IReadOnlyList<LeaderView>>(list.Select(LeaderView.From).ToList())
            : TypedResults.Forbid();
    }
}
