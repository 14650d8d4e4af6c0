using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Plaza.Web.Platform.Auth;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Payments;

/// <summary>One of my payments and its status.</summary>
internal static class GetPayment
{
    public static async Task<Results<Ok<PaymentView>, NotFound>> Handle(Guid id, ClaimsPrincipal user, PlazaDb db, CancellationToken ct)
    {
        var accountId = user.RequiredAccountId();
        var payment = await db.Set<Payment>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == id && p.AccountId == accountId, ct);
        return payment is null ? TypedResults.NotFound() : TypedResults.Ok(PaymentView.From(payment));
    }
}
