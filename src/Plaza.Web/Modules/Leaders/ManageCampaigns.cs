using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Plaza.Web.Modules.Catalog.Contracts;
using Plaza.Web.Modules.Stores.Contracts;
using Plaza.Web.Platform.Auth;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Validation;

namespace Plaza.Web.Modules.Leaders;

internal sealed record CampaignItemView(Guid SkuId, Guid ProductId, string ProductName, string SkuLabel, long PriceMinor);

internal sealed record CampaignView(Guid Id, Guid StoreId, string Title, string Currency, DateTime CutOffUtc, DateTime DeliveryDayUtc,
    int CommissionBasisPoints, bool Published, bool Open, IReadOnlyList<CampaignItemView> Items)
{
    public static CampaignView From(Campaign c, DateTime now) =>
        new(c.Id, c.StoreId, c.Title, c.Currency, c.CutOffUtc, c.DeliveryDayUtc, c.CommissionBasisPoints,
        c.IsPublished, c.IsOpen(now), c.Items.Select(i => new CampaignItemView(i.SkuId, i.ProductId, i.ProductName, i.SkuLabel, i.PriceMinor)).ToList());
}

/// <summary>Store staff put together a campaign (items at campaign prices, cut-off, delivery day, commission) and publish it.</summary>
internal static class ManageCampaigns
{
    public sealed record ItemRequest(Guid? SkuId, long? PriceMinor);

    public sealed record CreateCampaignRequest(Guid? StoreId, string? Title, DateTime? CutOffUtc, DateTime? DeliveryDayUtc, int? CommissionBasisPoints,
        IReadOnlyList<ItemRequest>? Items);

    /// <returns>null when the user is not staff at that store.</returns>
    public static async Task<Outcome<Campaign>?> Create(CreateCampaignRequest r, ClaimsPrincipal user, PlazaDb db, IStoreDirectory stores,
        ICatalogOffers catalog, TimeProvider clock, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var v = new Validator()
            .Check(r.StoreId is not null, "storeId", "Choose a store.")
            .Text(r.Title, "title", 120, min: 2)
            .Check(r.CutOffUtc is not null, "cutOffUtc", "Say when orders close.")
            .Check(r.DeliveryDayUtc is not null, "deliveryDayUtc", "Say when the delivery comes.")
            .Check(r.CommissionBasisPoints is >= 0 and <= Campaign.MaxCommissionBasisPoints, "commissionBasisPoints", "The leader's commission is 0% to 50%.")
            .Check(r.Items is { Count: > 0 and <= Campaign.MaxItems }, "items", "A campaign has 1 to 30 items.");
        for (var i = 0; i < Math.Min(r.Items?.Count ?? 0, Campaign.MaxItems); i++)
            v.Check(r.Items![i].SkuId is not null, $"items[{i}].skuId", "Choose an item.")
             .Check(r.Items[i].PriceMinor is > 0, $"items[{i}].priceMinor", "Give a campaign price above zero.");
        if (r.Items is { Count: > 0 } && r.Items.Select(i => i.SkuId).Distinct().Count() != r.Items.Count) v.Add("items", "Each item may appear once.");
        var cutOff = r.CutOffUtc is { } c ? DateTime.SpecifyKind(c.ToUniversalTime(), DateTimeKind.Utc) : default;
        var delivery = r.DeliveryDayUtc is { } d ? DateTime.SpecifyKind(d.ToUniversalTime(), DateTimeKind.Utc) : default;
        if (r.CutOffUtc is not null) v.Check(cutOff > now, "cutOffUtc", "The order cut-off must be in the future.");
        if (r.CutOffUtc is not null && r.DeliveryDayUtc is not null)
            v.Check(delivery >= cutOff, "deliveryDayUtc", "The delivery day must be after the cut-off.");
        if (!v.IsValid) return v;
        if (!user.IsStaffOf(r.StoreId!.Value)) return null;

        var terms = await stores.Terms(r.StoreId.Value, ct);
        if (terms is null) return null;
        var offers = await catalog.Offers(r.StoreId.Value, r.Items!.Select(i => i.SkuId!.Value).ToList(), ct);
        var campaign = Campaign.Create(terms.Id, r.Title!, terms.Currency, cutOff, delivery, r.CommissionBasisPoints!.Value, user.RequiredAccountId(), now);
        for (var i = 0; i < r.Items!.Count; i++)
        {
            if (!offers.TryGetValue(r.Items[i].SkuId!.Value, out var offer)) v.Add($"items[{i}].skuId", "This store does not sell that item.");
            else if (r.Items[i].PriceMinor >= offer.PriceMinor) v.Add($"items[{i}].priceMinor", "The campaign price must be below the usual price.");
            else campaign.AddItem(offer.SkuId, offer.ProductId, offer.ProductName, offer.SkuLabel, offer.PriceMinor, r.Items[i].PriceMinor!.Value);
        }
        if (!v.IsValid) return v;
        db.Add(campaign);
        await db.SaveChangesAsync(ct);
        return campaign;
    }

    /// <returns>null when there is no such campaign or the user is not staff at its store.</returns>
    public static async Task<Campaign?> Publish(Guid id, ClaimsPrincipal user, PlazaDb db, TimeProvider clock, CancellationToken ct)
    {
        var campaign = await db.Set<Campaign>().Include(c => c.Items).FirstOrDefaultAsync(c => c.Id == id, ct);
        if (campaign is null || !user.IsStaffOf(campaign.StoreId)) return null;
        campaign.Publish(clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        return campaign;
    }

    /// <summary>A store's published campaigns still taking orders, soonest cut-off first (all of them, newest first, for staff).</summary>
    public static async Task<IReadOnlyList<Campaign>> List(Guid storeId, bool all, PlazaDb db, DateTime now, CancellationToken ct)
    {
        var q = db.Set<Campaign>().AsNoTracking().Include(c => c.Items).Where(c => c.StoreId == storeId);
        if (all) return await q.OrderByDescending(c => c.CreatedAtUtc).Take(100).ToListAsync(ct);
        return await q.Where(c => c.PublishedAtUtc != null && c.CutOffUtc > now).OrderBy(c => c.CutOffUtc).Take(100).ToListAsync(ct);
    }

    public static async Task<Results<Created<CampaignView>, ValidationProblem, ForbidHttpResult>> HandleCreate(CreateCampaignRequest request,
        ClaimsPrincipal user, PlazaDb db, IStoreDirectory stores, ICatalogOffers catalog, TimeProvider clock, CancellationToken ct)
    {
        var outcome = await Create(request, user, db, stores, catalog, clock, ct);
        if (outcome is not { } o) return TypedResults.Forbid();
        if (!o.Ok) return TypedResults.ValidationProblem(o.Errors!);
        return TypedResults.Created($"/api/v1/campaigns/{o.Value!.Id}", CampaignView.From(o.Value, clock.GetUtcNow().UtcDateTime));
    }

    public static async Task<Results<Ok<CampaignView>, NotFound>> HandlePublish(Guid id, ClaimsPrincipal user, PlazaDb db, TimeProvider clock,
        CancellationToken ct) =>
        await Publish(id, user, db, clock, ct) is { } c ? TypedResults.Ok(CampaignView.From(c, clock.GetUtcNow().UtcDateTime)) : TypedResults.NotFound();

    /// <summary>A published campaign for anyone; a draft only for the store's staff.</summary>
    public static async Task<Results<Ok<CampaignView>, NotFound>> HandleGet(Guid id, ClaimsPrincipal user, PlazaDb db, TimeProvider clock, CancellationToken ct)
    {
        var c = await db.Set<Campaign>().AsNoTracking().Include(x => x.Items).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (c is null || (!c.IsPublished && !user.IsStaffOf(c.StoreId))) return TypedResults.NotFound();
        return TypedResults.Ok(CampaignView.From(c, clock.GetUtcNow().UtcDateTime));
    }

    public static async Task<Results<Ok<IReadOnlyList<CampaignView>>, ValidationProblem>> HandleList(Guid? storeId, PlazaDb db, TimeProvider clock,
        CancellationToken ct)
    {
        if (storeId is null) return new Validator().Add("storeId", "Choose a store.").Problem();
        var now = clock.GetUtcNow().UtcDateTime;
        var list = await List(storeId.Value, all: false, db, now, ct);
        return TypedResults.Ok<IReadOnlyList<CampaignView>>(list.Select(c => CampaignView.From(c, now)).ToList());
    }
}
