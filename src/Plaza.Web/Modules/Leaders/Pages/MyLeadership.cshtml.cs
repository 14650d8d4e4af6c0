using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Plaza.Web.Modules.Identity.Contracts;
using Plaza.Web.Modules.Stores.Contracts;
using Plaza.Web.Platform.Auth;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Errors;

namespace Plaza.Web.Modules.Leaders.Pages;

/// <summary>
/// "Group-buy leader" in the account area: per store, the application's status, and for an approved leader the
/// link to share, orders (customers by display name), customers and earnings. With <c>?storeId=</c> (the link on a
/// leader's page) it offers the form to apply to that store.
/// </summary>
[Authorize]
internal sealed class MyLeadershipModel(PlazaDb db, IStoreDirectory stores, IAccountDirectory accounts, TimeProvider clock) : PageModel
{
    public sealed class ApplyInput
    {
        public string? PointName { get; set; }
        public PartnerPickupKind? Kind { get; set; } = PartnerPickupKind.LeaderHome;
        public string? Address { get; set; }
        public double? Latitude { get; set; }
        public double? Longitude { get; set; }
    }

    [BindProperty(SupportsGet = true)] public Guid? StoreId { get; set; }
    [BindProperty] public ApplyInput Input { get; set; } = new();
    public IReadOnlyList<LeaderDashboardView> Dashboards { get; private set; } = [];
    public IReadOnlyDictionary<Guid, string> StoreNames { get; private set; } = new Dictionary<Guid, string>();
    public string? ApplyToStoreName { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await Load(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await Load(ct);
        if (StoreId is null || ApplyToStoreName is null) return NotFound();
        try
        {
            var outcome = await Applications.Apply(new Applications.ApplyRequest(StoreId, Input.PointName, Input.Kind, Input.Address, Input.Latitude, Input.Longitude),
                User.RequiredAccountId(), db, stores, clock, ct);
            if (!outcome.Ok)
            {
                foreach (var (field, messages) in outcome.Errors!)
                    foreach (var message in messages)
                        ModelState.AddModelError(field switch
                        {
                            "pointName" => "Input.PointName",
                            "address" => "Input.Address",
                            "latitude" => "Input.Latitude",
                            _ => "",
                        }, message);
                return Page();
            }
        }
        catch (DomainException e)
        {
            ModelState.AddModelError("", e.Message);
            return Page();
        }
        return RedirectToPage(new { storeId = (Guid?)null });
    }

    private async Task Load(CancellationToken ct)
    {
        Dashboards = await LeaderPages.Dashboard(User.RequiredAccountId(), db, accounts, ct);
        var ids = Dashboards.Select(d => d.Leader.StoreId).ToList();
        if (StoreId is { } s) ids.Add(s);
        StoreNames = await stores.Names(ids, ct);
        if (StoreId is { } apply && StoreNames.TryGetValue(apply, out var name) && Dashboards.All(d => d.Leader.StoreId != apply)) ApplyToStoreName = name;
    }
}
