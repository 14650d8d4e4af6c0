using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Plaza.Web.Platform.Auth;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Referral;

/// <summary>Any signed-in shopper opts in to earn commission. Asking again changes nothing (the account id is the key).</summary>
internal static class BecomePromoter
{
    public sealed record PromoterView(Guid AccountId, DateTime JoinedAtUtc);

    public static async Task<(Promoter Promoter, bool Created)> Execute(ClaimsPrincipal user, PlazaDb db, TimeProvider clock, CancellationToken ct)
    {
        var id = user.RequiredAccountId();
        if (await db.Set<Promoter>().AsNoTracking().FirstOrDefaultAsync(p => p.AccountId == id, ct) is { } existing) return (existing, false);
        var promoter = Promoter.Join(id, clock.GetUtcNow().UtcDateTime);
        if (await db.InsertOnceAsync(promoter, ct)) return (promoter, true);
        // The same person asked twice at once: the other request's row stands.
        return (await db.Set<Promoter>().AsNoTracking().FirstAsync(p => p.AccountId == id, ct), false);
    }

    public static async Task<Results<Created<PromoterView>, Ok<PromoterView>>> Handle(ClaimsPrincipal user, PlazaDb db, TimeProvider clock,
        CancellationToken ct)
    {
        var (promoter, created) = await Execute(user, db, clock, ct);
        var view = new PromoterView(promoter.AccountId, promoter.JoinedAtUtc);
        return created ? TypedResults.Created("/api/v1/referrals/me", view) : TypedResults.Ok(view);
    }
}
