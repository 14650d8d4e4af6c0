using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Plaza.Web.Modules.Catalog.Contracts;
using Plaza.Web.Modules.Stores.Contracts;
using Plaza.Web.Platform.Auth;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Validation;

namespace Plaza.Web.Modules.Leaders;

/// <summary>Store staff put together a campaign: items at campaign prices, cut-off, delivery day, the leaders' commission. It starts as a draft.</summary>
internal static class CreateCampaign
{
    public sealed record ItemRequest(Guid? SkuId, long? PriceMinor);

    public sealed record CreateCampaignRequest(Guid? StoreId, string? Title, DateTime? CutOffUtc, DateTime? DeliveryDayUtc, int? CommissionBasisPoints,
        IReadOnlyList<ItemRequest>? Items);

    /// <returns>null when the user is not staff at that store.</returns>
    public static async Task<Outcome<Campaign>?> Execute(CreateCampaignRequest r, ClaimsPrincipal user, PlazaDb db, IStoreDirectory stores,
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

    public static async Task<Results<Created<CampaignView>, ValidationProblem, ForbidHttpResult>> Handle(CreateCampaignRequest request,
        ClaimsPrincipal user, PlazaDb db, IStoreDirectory stores, ICatalogOffers catalog, TimeProvider clock, CancellationToken ct)
    {
        var outcome = await Execute(request, user, db, stores, catalog, clock, ct);
        if (outcome is not { } o) return TypedResults.Forbid();
        if (!o.Ok) return TypedResults.ValidationProblem(o.Errors!);
        return TypedResults.Created($"/api/v1/campaigns/{o.Value!.Id}", CampaignView.From(o.Value, clock.GetUtcNow().UtcDateTime));
    }
}
