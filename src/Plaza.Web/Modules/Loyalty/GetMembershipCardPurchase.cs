using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Plaza.Web.Platform.Auth;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Loyalty;

/// <summary>One of my card purchases, pending or paid.</summary>
internal static class GetMembershipCardPurchase
{
    public static Task<MembershipCardPurchase?> Execute(Guid id, Guid accountId, PlazaDb db, CancellationToken ct) =>
        db.Set<MembershipCardPurchase>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == id && p.AccountId == accountId, ct);

    public static async Task<Results<Ok<CardPurchaseView>, NotFound>> Handle(Guid id, ClaimsPrincipal user, PlazaDb db, CancellationToken ct) =>
        await Execute(id, user.RequiredAccountId(), db, ct) is { } p ? TypedResults.Ok(CardPurchaseView.From(p)) : TypedResults.NotFound();
}
