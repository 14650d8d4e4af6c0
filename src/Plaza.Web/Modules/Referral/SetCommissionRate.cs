using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Plaza.Web.Modules.Catalog.Contracts;
using Plaza.Web.Platform.Auth;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Validation;

namespace Plaza.Web.Modules.Referral;

/// <summary>
/// A store's staff set commission rates in basis points (100 = 1%): the store's default for level 1 and level 2,
/// and overrides per category and per product (the most specific wins). Setting a rate again replaces it.
/// Anyone but the store's staff gets a 404.
/// </summary>
internal static class SetCommissionRate
{
    public sealed record RateRequest(string? Scope, Guid? TargetId, int? Level1BasisPoints, int? Level2BasisPoints);

    public static async Task<Outcome<CommissionRate>?> Execute(Guid storeId, RateRequest r, ClaimsPrincipal user, PlazaDb db, ICatalogChoices catalog,
        TimeProvider clock, CancellationToken ct)
    {
        if (!user.IsStaffOf(storeId)) return null;
        var v = new Validator();
        RateScope scope = default;
        if (string.IsNullOrWhiteSpace(r.Scope) || !Enum.TryParse(r.Scope.Trim(), ignoreCase: true, out scope) || !Enum.IsDefined(scope)
            || r.Scope.Trim().All(char.IsDigit))
            v.Add("scope", "'scope' must be one of: default, category, product.");
        v.Check(r.Level1BasisPoints is >= 0 and <= CommissionRate.MaxBasisPoints, "level1BasisPoints", "Enter a rate from 0 to 50%.")
         .Check(r.Level2BasisPoints is >= 0 and <= CommissionRate.MaxBasisPoints, "level2BasisPoints", "Enter a rate from 0 to 50%.");
        if (v.IsValid && scope == RateScope.Default) v.Check(r.TargetId is null, "targetId", "The default rate applies to everything: leave out 'targetId'.");
        if (v.IsValid && scope != RateScope.Default)
        {
            var choices = scope == RateScope.Category ? await catalog.Categories(ct) : await catalog.Products(storeId, ct);
            v.Check(r.TargetId is { } t && choices.Any(c => c.Id == t), "targetId",
                scope == RateScope.Category ? "Choose a category." : "Choose a product this store sells.");
        }
        if (!v.IsValid) return v;

        var target = r.TargetId ?? Guid.Empty;
        var now = clock.GetUtcNow().UtcDateTime;
        for (var attempt = 0; ; attempt++)
        {
            var rate = await db.Set<CommissionRate>().FirstOrDefaultAsync(x => x.StoreId == storeId && x.Scope == scope && x.TargetId == target, ct);
            if (rate is null) db.Add(rate = CommissionRate.Create(storeId, scope, target, r.Level1BasisPoints!.Value, r.Level2BasisPoints!.Value, now));
            else rate.Change(r.Level1BasisPoints!.Value, r.Level2BasisPoints!.Value, now);
            try
            {
                await db.SaveChangesAsync(ct);
                return rate;
            }
            catch (DbUpdateException e) when (attempt == 0 && e.IsUniqueViolation())
            {
                db.ChangeTracker.Clear(); // two staff set the same rate at once: update the row the other one made
            }
        }
    }

    public static async Task<Results<Ok<RateView>, ValidationProblem, NotFound>> Handle(Guid storeId, RateRequest request, ClaimsPrincipal user, PlazaDb db,
        ICatalogChoices catalog, TimeProvider clock, CancellationToken ct) =>
        (await Execute(storeId, request, user, db, catalog, clock, ct)).OkOr(RateView.From);
}
