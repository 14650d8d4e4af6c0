using Microsoft.EntityFrameworkCore;
using Plaza.Web.Kits.Deals;
using Plaza.Web.Modules.Catalog.Contracts;
using Plaza.Web.Modules.Stores.Contracts;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Validation;
using Plaza.Web.Platform.Web;

namespace Plaza.Web.Modules.Bargaining.Pages;

internal sealed class BargainDealInput : SkuDealInput
{
    public string? FloorPrice { get; set; }
    public int? ExpectedCuts { get; set; } = 10;
    public int? Hours { get; set; } = 24;
}

internal sealed class BargainDealChange : SkuDealChangeInput
{
    public string? Hours { get; set; }
}

/// <summary>
/// Back office: the store's bargain deals (running and past) with their bargains so far, "End" and a change form
/// (end, hours a bargain lasts) for each running one, and a form for a new deal (item, floor price, cuts to reach
/// it, hours a bargain lasts, how many days the deal runs). The rest is the shared <see cref="SkuDealsPageModel{TDeal,TRow,TInput,TChange}"/>.
/// </summary>
internal sealed class StaffBargainsModel(PlazaDb db, IStoreDirectory stores, ICatalogOffers catalog, ICatalogChoices choices, TimeProvider clock)
    : SkuDealsPageModel<BargainDeal, StaffBargainsModel.DealRow, BargainDealInput, BargainDealChange>(db, stores, choices, clock)
{
    public sealed record DealRow(BargainDeal Deal, int Started, int Bought);

    protected override string PathSegment => "bargains";
    protected override string CreatedNotice => "Bargain deal created";
    protected override string EndedNotice => "Bargain deal ended: no new bargains. Open ones run until time is up.";
    protected override IReadOnlyDictionary<string, string> InputNames { get; } =
        new Dictionary<string, string> { ["floorPriceMinor"] = "FloorPrice", ["timeLimitMinutes"] = "Hours" };

    protected override void CheckInput()
    {
        if (FormValues.ParseNumber(Input.FloorPrice) is null or <= 0)
            ModelState.AddModelError("Input.FloorPrice", "Enter the floor price as a number, like 7.50.");
    }

    protected override Task<Outcome<BargainDeal>?> CreateAsync(DateTime startsAtUtc, DateTime endsAtUtc, CancellationToken ct)
    {
        var floor = (long)decimal.Round(FormValues.ParseNumber(Input.FloorPrice)!.Value * 100);
        var request = new CreateBargainDeal.CreateDealRequest(StoreId, Input.SkuId, floor, Input.ExpectedCuts, Input.Hours * 60, startsAtUtc, endsAtUtc);
        return CreateBargainDeal.Execute(request, User, Db, Stores, catalog, Clock, ct);
    }

    protected override async Task<Outcome<BargainDeal>?> ChangeAsync(Guid dealId, DateTime? endsAtUtc, CancellationToken ct)
    {
        var (hours, error) = Whole(Change.Hours, "timeLimitMinutes");
        if (error is not null) return error;
        return await ChangeBargainDeal.Execute(dealId, new ChangeBargainDeal.ChangeDealRequest(endsAtUtc, hours * 60), User, Db, Clock, ct, StoreId);
    }

    protected override async Task<IReadOnlyList<DealRow>> RowsAsync(IReadOnlyList<BargainDeal> deals, CancellationToken ct)
    {
        var ids = deals.Select(d => d.Id).ToList();
        var counts = await Db.Set<Bargain>().AsNoTracking().Where(b => ids.Contains(b.DealId))
            .GroupBy(b => new { b.DealId, b.Status }).Select(g => new { g.Key.DealId, g.Key.Status, Count = g.Count() }).ToListAsync(ct);
        return deals.Select(d => new DealRow(d, counts.Where(c => c.DealId == d.Id).Sum(c => c.Count),
            counts.Where(c => c.DealId == d.Id && c.Status == BargainStatus.Bought).Sum(c => c.Count))).ToList();
    }
}
