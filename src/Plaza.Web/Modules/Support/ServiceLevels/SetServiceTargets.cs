using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Plaza.Web.Platform.Auth;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Validation;

namespace Plaza.Web.Modules.Support.ServiceLevels;

/// <summary>Store staff set the store's targets: minutes of opening hours to a person's first reply and to resolution.</summary>
internal static class SetServiceTargets
{
    public sealed record TargetsRequest(int? FirstResponseMinutes, int? ResolutionMinutes);

    /// <summary>The targets and the hours they are counted in.</summary>
    public sealed record TargetsView(Guid StoreId, int FirstResponseMinutes, int ResolutionMinutes, string? TimeZone, TimeOnly? OpensAt,
        TimeOnly? ClosesAt);

    /// <returns>null when the caller does not work at the store.</returns>
    public static async Task<Outcome<ServiceTargets>?> Execute(Guid storeId, TargetsRequest r, ClaimsPrincipal user, PlazaDb db, TimeProvider clock,
        CancellationToken ct)
    {
        if (!user.IsStaffOf(storeId)) return null;
        var v = new Validator()
            .Check(r.FirstResponseMinutes is >= 1 and <= ServiceTargets.MaxMinutes, "firstResponseMinutes",
                "Give the first-response target in minutes, at most 30 days' worth.")
            .Check(r.ResolutionMinutes is >= 1 and <= ServiceTargets.MaxMinutes, "resolutionMinutes",
                "Give the resolution target in minutes, at most 30 days' worth.");
        if (v.IsValid && r.ResolutionMinutes < r.FirstResponseMinutes)
            v.Add("resolutionMinutes", "The resolution target cannot be shorter than the first-response target.");
        if (!v.IsValid) return v;
        var now = clock.GetUtcNow().UtcDateTime;
        var (first, resolution) = (r.FirstResponseMinutes!.Value, r.ResolutionMinutes!.Value);
        var targets = await db.Set<ServiceTargets>().FirstOrDefaultAsync(t => t.StoreId == storeId, ct);
        if (targets is null) db.Add(targets = ServiceTargets.For(storeId, first, resolution, now));
        else targets.Change(first, resolution, now);
        await db.SaveChangesAsync(ct);
        return targets;
    }

    public static async Task<TargetsView> View(Guid storeId, ServiceLevelReader levels, CancellationToken ct)
    {
        var targets = await levels.Targets(storeId, ct);
        var hours = await levels.Hours(storeId, ct);
        return new(storeId, targets.FirstResponseMinutes, targets.ResolutionMinutes, hours?.Zone.Id, hours?.Opens, hours?.Closes);
    }

    public static async Task<Results<Ok<TargetsView>, ValidationProblem, NotFound>> Handle(Guid storeId, TargetsRequest request, ClaimsPrincipal user,
        PlazaDb db, ServiceLevelReader levels, TimeProvider clock, CancellationToken ct)
    {
        if (await Execute(storeId, request, user, db, clock, ct) is not { } outcome) return TypedResults.NotFound();
        if (!outcome.Ok) return TypedResults.ValidationProblem(outcome.Errors!);
        return TypedResults.Ok(await View(storeId, levels, ct));
    }

    public static async Task<Results<Ok<TargetsView>, NotFound>> HandleGet(Guid storeId, ClaimsPrincipal user, ServiceLevelReader levels,
        CancellationToken ct) =>
        user.IsStaffOf(storeId) ? TypedResults.Ok(await View(storeId, levels, ct)) : TypedResults.NotFound();
}
