using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Plaza.Web.Modules.Catalog.Contracts;
using Plaza.Web.Platform.Auth;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Errors;
using Plaza.Web.Platform.Validation;

namespace Plaza.Web.Modules.Bargaining;

/// <summary>A shopper starts a bargain on a running deal and shares its page with friends.</summary>
internal static class StartBargain
{
    public sealed record StartBargainRequest(Guid? DealId);

    /// <summary>
    /// Starts a bargain on a running deal at the SKU's price now. One open bargain per deal per shopper: an
    /// expired one first gives its slot back, then the unique (open_slot, starter) index decides a race.
    /// </summary>
    /// <returns>null when there is no such deal.</returns>
    public static async Task<Bargain?> Execute(Guid dealId, Guid starterId, PlazaDb db, ICatalogOffers catalog, TimeProvider clock, CancellationToken ct)
    {
        var deal = await db.Set<BargainDeal>().AsNoTracking().FirstOrDefaultAsync(d => d.Id == dealId, ct);
        if (deal is null) return null;
        var now = clock.GetUtcNow().UtcDateTime;
        var offers = await catalog.Offers(deal.StoreId, [deal.SkuId], ct);
        if (!offers.TryGetValue(deal.SkuId, out var offer) || !offer.Available) throw new DomainException("deal_ended", "This bargain deal is not running.");
        var bargain = Bargaining.Bargain.Start(deal, starterId, offer.PriceMinor, RandomNumberGenerator.GetInt32(int.MaxValue), now);

        await db.Set<Bargain>().Where(b => b.OpenSlot == dealId && b.StarterId == starterId && b.Status == BargainStatus.Open && b.ExpiresAtUtc <= now)
            .ExecuteUpdateAsync(s => s.SetProperty(b => b.OpenSlot, (Guid?)null), ct);
        db.Add(bargain);
        await db.SaveOrConflictAsync("bargain_already_open", "You already have an open bargain for this item.", ct);
        return bargain;
    }

    public static async Task<Results<Created<BargainView>, ValidationProblem, NotFound>> Handle(StartBargainRequest request, ClaimsPrincipal user,
        PlazaDb db, ICatalogOffers catalog, BargainReader reader, TimeProvider clock, CancellationToken ct)
    {
        if (request.DealId is not { } dealId) return new Validator().Add("dealId", "Choose a bargain deal.").Problem();
        var bargain = await Execute(dealId, user.RequiredAccountId(), db, catalog, clock, ct);
        if (bargain is null) return TypedResults.NotFound();
        return TypedResults.Created($"/api/v1/bargains/{bargain.Id}", (await reader.Bargain(bargain.Id, ct))!);
    }
}
