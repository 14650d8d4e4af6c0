using Microsoft.AspNetCore.Mvc;
using Plaza.Web.Modules.Stores.Contracts;
using Plaza.Web.Modules.Support.ServiceLevels;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Web;

namespace Plaza.Web.Modules.Support.Pages;

/// <summary>
/// /staff/stores/{id}/support/dashboard: how the store's customer service is doing over the last 7, 30 or 90 days, what is
/// open now, and the store's service levels (which anyone working there can change).
/// </summary>
internal sealed class SupportDashboardModel(PlazaDb db, IStoreDirectory stores, ServiceLevelReader levels, TimeProvider clock) : StaffPageModel
{
    public static readonly int[] Periods = [7, 30, 90];

    public string StoreName { get; private set; } = "";
    public SupportDashboard.DashboardView Dashboard { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int? days, CancellationToken ct)
    {
        if (await stores.Terms(StoreId, ct) is not { } store) return NotFound();
        StoreName = store.Name;
        var outcome = await SupportDashboard.Execute(StoreId, Periods.Contains(days ?? 0) ? days : null, User, db, levels, clock, ct);
        Dashboard = outcome!.Value.Value!;
        return Page();
    }

    public async Task<IActionResult> OnPostTargetsAsync(int? firstResponseMinutes, int? resolutionMinutes, CancellationToken ct)
    {
        var outcome = await SetServiceTargets.Execute(StoreId, new(firstResponseMinutes, resolutionMinutes), User, db, clock, ct);
        if (outcome is { Ok: false } refused) Problem(refused.Errors!.Values.First()[0]);
        else Notice("Saved");
        return LocalRedirect($"/staff/stores/{StoreId}/support/dashboard");
    }

    /// <summary>A time in whole minutes ("12 min"), or hours and minutes past an hour ("2 h 5 min").</summary>
    public static string Duration(Microsoft.Extensions.Localization.IStringLocalizer L, int? seconds)
    {
        if (seconds is not { } s) return "–";
        if (s < 60) return L["under 1 min"];
        var minutes = (int)Math.Round(s / 60.0);
        return minutes < 60 ? L["{0} min", minutes] : L["{0} h {1} min", minutes / 60, minutes % 60];
    }
}
