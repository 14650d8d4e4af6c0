using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Plaza.Web.Modules.Catalog.Contracts;
using Plaza.Web.Modules.Stores.Contracts;
using Plaza.Web.Platform.Auth;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Validation;

namespace Plaza.Web.Kits.Deals;

/// <summary>The parts of a new deal every kind has: the store, its SKU and when the deal runs (starts now when not given).</summary>
internal sealed record SkuDealWindow(Guid? StoreId, Guid? SkuId, DateTime? StartsAtUtc, DateTime? EndsAtUtc);

/// <summary>What a concrete deal is made from once the common checks passed: the store, the SKU as sold there now, the window.</summary>
internal sealed record SkuDealBasis(StoreTerms Store, SkuOffer Offer, DateTime StartsAtUtc, DateTime EndsAtUtc, Guid CreatedById, DateTime Now);

/// <summary>
/// The one use case behind every kind of time-boxed SKU deal (team group buys, bargain deals, flash sales):
/// create one after checking staff rights and the catalog offer, change what is safe to change while it runs,
/// end it early, list a store's deals. Each kind passes its own checks and factory; the rest is here.
/// </summary>
internal static class SkuDeals
{
    public static DateTime Utc(DateTime t) => t.Kind == DateTimeKind.Utc ? t : DateTime.SpecifyKind(t.ToUniversalTime(), DateTimeKind.Utc);

    /// <param name="checkTerms">The kind's own field checks, run between the common ones (field names as in its request).</param>
    /// <param name="checkOffer">The kind's checks against the SKU as the store sells it now (a validator with errors, or null).</param>
    /// <param name="make">Builds the concrete deal (its factory enforces the kind's rules).</param>
    /// <returns>null when the user is not staff at that store.</returns>
    public static async Task<Outcome<T>?> Create<T>(SkuDealWindow r, ClaimsPrincipal user, PlazaDb db, IStoreDirectory stores, ICatalogOffers catalog,
        TimeProvider clock, Action<Validator> checkTerms, Func<SkuOffer, Validator?> checkOffer, Func<SkuDealBasis, T> make, CancellationToken ct)
        where T : SkuDeal
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var v = new Validator()
            .Check(r.StoreId is not null, "storeId", "Choose a store.")
            .Check(r.SkuId is not null, "skuId", "Choose an item.");
        checkTerms(v);
        v.Check(r.EndsAtUtc is not null, "endsAtUtc", "Say when the deal ends.");
        var starts = r.StartsAtUtc is { } s ? Utc(s) : now;
        var ends = r.EndsAtUtc is { } e ? Utc(e) : default;
        if (r.EndsAtUtc is not null) v.Check(ends > starts && ends > now, "endsAtUtc", "The deal must end after it starts, in the future.");
        if (!v.IsValid) return v;
        if (!user.IsStaffOf(r.StoreId!.Value)) return null;

        var terms = await stores.Terms(r.StoreId.Value, ct);
        var offers = await catalog.Offers(r.StoreId.Value, [r.SkuId!.Value], ct);
        if (terms is null || !offers.TryGetValue(r.SkuId.Value, out var offer)) return new Validator().Add("skuId", "This store does not sell that item.");
        if (checkOffer(offer) is { IsValid: false } refused) return refused;

        var deal = make(new SkuDealBasis(terms, offer, starts, ends, user.RequiredAccountId(), now));
        db.Add(deal);
        await db.SaveChangesAsync(ct);
        return deal;
    }

    /// <summary>One deal of this kind if the user is staff at its store (optionally: at this store); otherwise null.</summary>
    public static async Task<T?> Find<T>(Guid dealId, ClaimsPrincipal user, PlazaDb db, CancellationToken ct, Guid? storeId = null) where T : SkuDeal
    {
        var deal = await db.Set<T>().FirstOrDefaultAsync(d => d.Id == dealId, ct);
        return deal is null || !user.IsStaffOf(deal.StoreId) || (storeId is { } store && deal.StoreId != store) ? null : deal;
    }

    /// <summary>Ends the deal now: nothing new begins; what already began runs on.</summary>
    /// <returns>null when there is no such deal or the user is not staff at its store.</returns>
    public static async Task<T?> End<T>(Guid dealId, ClaimsPrincipal user, PlazaDb db, TimeProvider clock, CancellationToken ct,
        Guid? storeId = null) where T : SkuDeal
    {
        var deal = await Find<T>(dealId, user, db, ct, storeId);
        if (deal is null) return null;
        deal.End(clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        return deal;
    }

    /// <summary>
    /// Changes a deal that has not ended: a new end (later or earlier, never before now) and what the kind allows.
    /// A change to its price is refused with 409 (deal_running once it started). Ended deals cannot change (409 deal_ended).
    /// </summary>
    /// <param name="changesPrice">Whether the request asks for a price different from the deal's.</param>
    /// <param name="checkChange">The kind's own checks of the other fields (on the validator).</param>
    /// <param name="apply">Applies the kind's fields to the loaded deal (saved with the new end).</param>
    /// <param name="guarded">Optional: a conditional UPDATE run in the same transaction after the save (for counters others move
    /// at the same time, like a quantity that must stay above what is sold); returns errors when its condition failed.</param>
    /// <returns>null when there is no such deal or the user is not staff at its store.</returns>
    public static async Task<Outcome<T>?> Change<T>(Guid dealId, DateTime? endsAtUtc, ClaimsPrincipal user, PlazaDb db, TimeProvider clock,
        Func<T, bool> changesPrice, Action<T, Validator> checkChange, Action<T, DateTime> apply, CancellationToken ct,
        Func<T, CancellationToken, Task<Validator?>>? guarded = null, Guid? storeId = null) where T : SkuDeal
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var deal = await Find<T>(dealId, user, db, ct, storeId);
        if (deal is null) return null;
        if (deal.HasEnded(now)) throw new Platform.Errors.DomainException("deal_ended", "This deal has ended; set up a new one instead.");
        if (changesPrice(deal)) deal.RefusePriceChange(now);

        var v = new Validator();
        var ends = endsAtUtc is { } e ? Utc(e) : (DateTime?)null;
        if (ends is { } end) v.Check(end > now && end > deal.StartsAtUtc, "endsAtUtc", "The deal must end after it starts, in the future.");
        checkChange(deal, v);
        if (!v.IsValid) return v;

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (ends is { } newEnd) deal.EndAt(newEnd, now);
        apply(deal, now);
        await db.SaveChangesAsync(ct);
        if (guarded is not null && await guarded(deal, ct) is { IsValid: false } refused) return refused;
        await tx.CommitAsync(ct);
        return deal;
    }

    /// <summary>A store's deals of one kind: running ones (optionally for one product), or all of them for its staff, newest first.</summary>
    public static async Task<IReadOnlyList<T>> List<T>(Guid storeId, Guid? productId, bool all, PlazaDb db, DateTime now,
        CancellationToken ct) where T : SkuDeal
    {
        var q = db.Set<T>().AsNoTracking().Where(d => d.StoreId == storeId);
        if (productId is { } p) q = q.Where(d => d.ProductId == p);
        if (!all) q = q.Where(d => d.StartsAtUtc <= now && d.EndsAtUtc > now);
        return await q.OrderByDescending(d => d.CreatedAtUtc).Take(100).ToListAsync(ct);
    }

    /// <summary>How a create endpoint answers: 201 with the view, 400 naming the fields, or 403 for someone not staff at the store.</summary>
    public static Results<Created<TView>, ValidationProblem, ForbidHttpResult> CreatedOrForbid<T, TView>(Outcome<T>? outcome, Func<T, string> location,
        Func<T, TView> view) =>
        outcome is not { } o ? TypedResults.Forbid()
        : !o.Ok ? TypedResults.ValidationProblem(o.Errors!)
        : TypedResults.Created(location(o.Value!), view(o.Value!));

    /// <summary>How an end endpoint answers: 200 with the view, or 404 (no such deal, or not this user's store).</summary>
    public static Results<Ok<TView>, NotFound> OkOrNotFound<T, TView>(T? deal, Func<T, TView> view) where T : class =>
        deal is null ? TypedResults.NotFound() : TypedResults.Ok(view(deal));

    /// <summary>The list endpoint: a store's running deals of one kind (optionally for one product); 400 without a store.</summary>
    public static async Task<Results<Ok<IReadOnlyList<TView>>, ValidationProblem>> HandleList<T, TView>(Guid? storeId, Guid? productId, PlazaDb db,
        TimeProvider clock, Func<T, DateTime, TView> view, CancellationToken ct) where T : SkuDeal
    {
        if (storeId is null) return new Validator().Add("storeId", "Choose a store.").Problem();
        var now = clock.GetUtcNow().UtcDateTime;
        var deals = await List<T>(storeId.Value, productId, all: false, db, now, ct);
        return TypedResults.Ok<IReadOnlyList<TView>>(deals.Select(d => view(d, now)).ToList());
    }
}
