using Microsoft.EntityFrameworkCore;
using Plaza.Web.Kits.Deals;
using Plaza.Web.Modules.Catalog.Contracts;
using Plaza.Web.Modules.Stores.Contracts;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Validation;
using Plaza.Web.Platform.Web;

namespace Plaza.Web.Modules.GroupBuying.Pages;

internal sealed class TeamDealInput : SkuDealInput
{
    public string? TeamPrice { get; set; }
    public int? TeamSize { get; set; } = 2;
    public int? Hours { get; set; } = 24;
    public int? PerShopperLimit { get; set; } = 1;
}

internal sealed class TeamDealChange : SkuDealChangeInput
{
    public string? Hours { get; set; }
    public string? PerShopperLimit { get; set; }
}

/// <summary>
/// Back office: the store's team group-buy deals (running and past) with their teams so far, "End" and a change
/// form (end, hours to fill a team, limit per shopper) for each running one, and a form for a new deal (item,
/// team price, team size, hours to fill, limit per shopper, how many days it runs). The rest is the shared
/// <see cref="SkuDealsPageModel{TDeal,TRow,TInput,TChange}"/>.
/// </summary>
internal sealed class StaffDealsModel(PlazaDb db, IStoreDirectory stores, ICatalogOffers catalog, ICatalogChoices choices, TimeProvider clock)
    : SkuDealsPageModel<GroupBuyDeal, StaffDealsModel.DealRow, TeamDealInput, TeamDealChange>(db, stores, choices, clock)
{
    public sealed record DealRow(GroupBuyDeal Deal, int Open, int Complete, int Failed);

    protected override string PathSegment => "group-buys";
    protected override string CreatedNotice => "Group buy created";
    protected override string EndedNotice => "Group buy ended: no new teams. Open teams run until they fill or time runs out.";
    protected override IReadOnlyDictionary<string, string> InputNames { get; } =
        new Dictionary<string, string> { ["groupPriceMinor"] = "TeamPrice", ["timeLimitMinutes"] = "Hours" };

    protected override void CheckInput()
    {
        if (FormValues.ParseNumber(Input.TeamPrice) is null or <= 0)
            ModelState.AddModelError("Input.TeamPrice", "Enter the team price as a number, like 7.50.");
    }

    protected override Task<Outcome<GroupBuyDeal>?> CreateAsync(DateTime startsAtUtc, DateTime endsAtUtc, CancellationToken ct)
    {
        var price = (long)decimal.Round(FormValues.ParseNumber(Input.TeamPrice)!.Value * 100);
        var request = new CreateTeamDeal.CreateDealRequest(StoreId, Input.SkuId, price, Input.TeamSize, Input.Hours * 60, Input.PerShopperLimit,
            startsAtUtc, endsAtUtc);
        return CreateTeamDeal.Execute(request, User, Db, Stores, catalog, Clock, ct);
    }

    protected override async Task<Outcome<GroupBuyDeal>?> ChangeAsync(Guid dealId, DateTime? endsAtUtc, CancellationToken ct)
    {
        var (hours, hoursError) = Whole(Change.Hours, "timeLimitMinutes");
        var (limit, limitError) = Whole(Change.PerShopperLimit, "perShopperLimit");
        if ((hoursError ?? limitError) is { } error) return error;
        return await ChangeTeamDeal.Execute(dealId, new ChangeTeamDeal.ChangeDealRequest(endsAtUtc, limit, hours * 60), User, Db, Clock, ct, StoreId);
    }

    protected override async Task<IReadOnlyList<DealRow>> RowsAsync(IReadOnlyList<GroupBuyDeal> deals, CancellationToken ct)
    {
        var ids = deals.Select(d => d.Id).ToList();
        var counts = await Db.Set<GroupBuyTeam>().AsNoTracking().Where(t => ids.Contains(t.DealId))
            .GroupBy(t => new { t.DealId, t.Status }).Select(g => new { g.Key.DealId, g.Key.Status, Count = g.Count() }).ToListAsync(ct);
        int Count(Guid deal, TeamStatus status) => counts.FirstOrDefault(c => c.DealId == deal && c.Status == status)?.Count ?? 0;
        return deals.Select(d => new DealRow(d, Count(d.Id, TeamStatus.Open), Count(d.Id, TeamStatus.Complete), Count(d.Id, TeamStatus.Failed))).ToList();
    }
}
