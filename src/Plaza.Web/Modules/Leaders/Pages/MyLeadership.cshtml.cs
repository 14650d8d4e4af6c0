using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Plaza.Web.Modules.Identity.Contracts;
using Plaza.Web.Modules.Ordering.Contracts;
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
internal sealed class MyLeadershipModel(PlazaDb db, IStoreDirectory stores, IAccountDirectory accounts, IPartnerPickups pickups, TimeProvider clock) : PageModel
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
    /// <summary>The last step's result: English text the page translates, with {0} filled from <see cref="MessageArgument"/>.</summary>
    [TempData] public string? Message { get; set; }
    [TempData] public string? MessageArgument { get; set; }

    /// <summary>"Delivery received" for one campaign: its paid orders here become ready to collect.</summary>
    public async Task<IActionResult> OnPostReceivedAsync(Guid leaderId, Guid campaignId, CancellationToken ct)
    {
        var ready = await LeaderPickups.ConfirmReceipt(leaderId, campaignId, User.RequiredAccountId(), db, pickups, ct);
        if (ready is null) return NotFound();
        Message = "{0} orders are ready to collect.";
        MessageArgument = ready.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return RedirectToPage(new { storeId = (Guid?)null });
    }

    /// <summary>"Stop being a leader": only once nothing waits at the point.</summary>
    public async Task<IActionResult> OnPostStepDownAsync(Guid leaderId, bool confirm, CancellationToken ct)
    {
        if (!confirm) ModelState.AddModelError($"confirm-{leaderId}", "Tick the box to confirm you are stopping.");
        else
        {
            try
            {
                if (await StepDown.Execute(leaderId, User, db, stores, clock, ct) is null) return NotFound();
                Message = "You are no longer a leader. Your pickup point is closed and your page takes no more orders.";
                return RedirectToPage(new { storeId = (Guid?)null });
            }
            catch (DomainException e)
            {
                ModelState.AddModelError($"confirm-{leaderId}", e.Message);
            }
        }
        await Load(ct);
        return Page();
    }

    /// <summary>The shopper shows their pickup code and the leader hands the order over.</summary>
    public async Task<IActionResult> OnPostHandOverAsync(Guid leaderId, string? pickupCode, CancellationToken ct)
    {
        var outcome = await LeaderPickups.HandOver(leaderId, pickupCode, User.RequiredAccountId(), db, pickups, ct);
        if (outcome is null) return NotFound();
        if (!outcome.Value.Ok)
        {
            await Load(ct);
            foreach (var message in outcome.Value.Errors!.SelectMany(e => e.Value)) ModelState.AddModelError("pickupCode", message);
            return Page();
        }
        Message = "Handed over. Thank you!";
        MessageArgument = null;
        return RedirectToPage(new { storeId = (Guid?)null });
    }

    public async Task OnGetAsync(CancellationToken ct) => await Load(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await Load(ct);
        if (StoreId is null || ApplyToStoreName is null) return NotFound();
        try
        {
            var outcome = await ApplyToLead.Execute(
                new ApplyToLead.ApplyRequest(StoreId, Input.PointName, Input.Kind, Input.Address, Input.Latitude, Input.Longitude),
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
