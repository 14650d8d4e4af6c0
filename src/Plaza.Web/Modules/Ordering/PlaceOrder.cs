using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Plaza.Web.Modules.Catalog.Contracts;
using Plaza.Web.Modules.Identity.Contracts;
using Plaza.Web.Modules.Notes.Contracts;
using Plaza.Web.Modules.Ordering.Contracts;
using Plaza.Web.Modules.Sharing.Contracts;
using Plaza.Web.Modules.Stores.Contracts;
using Plaza.Web.Platform.Auth;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Errors;
using Plaza.Web.Platform.Geography;
using Plaza.Web.Platform.Idempotency;
using Plaza.Web.Platform.Validation;

namespace Plaza.Web.Modules.Ordering;

/// <summary>
/// Checkout. The client sends SKU ids and quantities only; prices come from the catalog. Stock is
/// reserved in the same transaction with one conditional UPDATE per line, so two buyers can never
/// both get the last unit. Staff at the store may place the order for a walk-in customer. An order that
/// came through a share link (the <c>shareCode</c> an app sends, or the browser's plaza_ref cookie, or the
/// link the customer signed up through) is attributed to it in the same transaction. Prices come from
/// <see cref="PriceCalculator"/> (member price → special price → coupons → points, ADR 0011); what the
/// price rules promised (a coupon, points, a flash-sale unit) is claimed in the same transaction too.
/// A line may name the note its item was bought from (<c>noteId</c>; the cart page sends what the cart line
/// remembered): it is kept on the order line when that note is published and tags the product, and silently dropped otherwise.
/// </summary>
internal sealed class PlaceOrder(
    PlazaDb db, IStoreDirectory stores, ICatalogOffers catalog, IStock stock, IAccountDirectory accounts, TimeProvider clock,
    IOptions<OrderingOptions> options, IShareAttribution attribution, PriceCalculator prices, INoteTags notes)
{
    public const int MaxLines = 50, MaxCoupons = 5;

    /// <param name="NoteId">The note this item was bought from, if any. Only its size is checked: one that is not a
    /// published note tagging the product (or not an id at all) is ignored, never a reason to refuse the order.</param>
    public sealed record LineRequest(Guid? SkuId, int? Quantity, string? NoteId = null);

    public sealed record PlaceOrderRequest(
        Guid? StoreId, IReadOnlyList<LineRequest>? Lines, Fulfilment? Fulfilment, Guid? PickupPointId,
        string? DeliveryAddress, double? Latitude, double? Longitude, DateTime? SlotStartUtc, string? OnBehalfOf, string? ShareCode = null,
        IReadOnlyList<string>? CouponCodes = null, long? PointsToSpend = null, OfferRef? Offer = null);

    /// <param name="requestKey">The request's caller and Idempotency-Key (<see cref="RequestKeys"/>), null without one: the order
    /// is placed once per key, and a run of the same request after a crash gets the order an earlier run placed.</param>
    public async Task<Outcome<Order>> Execute(PlaceOrderRequest r, ClaimsPrincipal user, string? requestKey, CancellationToken ct)
    {
        if (requestKey is not null && await PlacedBy(requestKey, ct) is { } placed) return placed;
        var v = new Validator();
        CheckItems(v, r.StoreId, r.Lines, r.Fulfilment);
        if (r.Fulfilment == Fulfilment.Pickup) v.Check(r.PickupPointId is not null, "pickupPointId", "Choose where to pick up.");
        if (r.Fulfilment == Fulfilment.Delivery)
            v.Text(r.DeliveryAddress, "deliveryAddress", 300, min: 5)
             .Check(Geo.IsValid(r.Latitude, r.Longitude), "latitude", "Give the delivery location's latitude and longitude.")
             .Check(r.SlotStartUtc is not null, "slotStartUtc", "Choose a delivery time.");
        v.Text(r.OnBehalfOf, "onBehalfOf", 254, required: false);
        // A share code that is unknown or malformed is ignored, never a reason to refuse an order; only its size is checked.
        v.Check(r.ShareCode is null || r.ShareCode.Length <= 64, "shareCode", "'shareCode' must be at most 64 characters.");
        CheckChoices(v, r.CouponCodes, r.PointsToSpend, r.Offer);
        if (!v.IsValid) return v;

        var storeId = r.StoreId!.Value;
        var terms = await stores.Terms(storeId, ct);
        if (terms is null) return new Validator().Add("storeId", "No such store.");

        // Who is buying: the signed-in shopper, or — for staff at this store — a named customer.
        var placedBy = user.RequiredAccountId();
        var customerId = placedBy;
        if (r.OnBehalfOf is { Length: > 0 } login)
        {
            if (!await stores.IsStaff(storeId, placedBy, ct)) return new Validator().Add("onBehalfOf", "Only store staff can order for a customer.");
            var customer = await accounts.FindByLogin(login, ct);
            if (customer is null) return new Validator().Add("onBehalfOf", "No customer with that email address or mobile number.");
            customerId = customer.Id;
        }

        var offers = await catalog.Offers(storeId, r.Lines!.Select(l => l.SkuId!.Value).ToList(), ct);
        for (var i = 0; i < r.Lines!.Count; i++)
            if (!offers.TryGetValue(r.Lines[i].SkuId!.Value, out var o) || !o.Available)
                v.Add($"lines[{i}].skuId", "This store does not sell that item.");

        PickupPointRef? pickup = null;
        DateTime slotStart = default;
        if (r.Fulfilment == Fulfilment.Pickup)
        {
            pickup = await stores.PickupPoint(storeId, r.PickupPointId!.Value, ct);
            if (pickup is null) v.Add("pickupPointId", "That pickup point does not belong to this store.");
        }
        else
        {
            slotStart = DateTime.SpecifyKind(r.SlotStartUtc!.Value.ToUniversalTime(), DateTimeKind.Utc);
            switch (await stores.CheckDelivery(storeId, r.Latitude!.Value, r.Longitude!.Value, slotStart, ct))
            {
                case DeliveryCheck.OutsideRadius: v.Add("deliveryAddress", "This address is outside the store's delivery area. Choose pickup instead."); break;
                case DeliveryCheck.SlotNotOffered: v.Add("slotStartUtc", "That delivery time is not available. Choose another."); break;
            }
        }
        if (!v.IsValid) return v;

        // A line keeps its note only when that note is published and tags the product bought.
        var noteIds = r.Lines!.Select(l => Guid.TryParse(l.NoteId, out var n) ? n : (Guid?)null).ToList();
        var tagged = await notes.TaggedProducts(noteIds.OfType<Guid>().Distinct().ToList(), ct);
        Guid? NoteFor(int i, Guid productId) =>
            noteIds[i] is { } n && tagged.TryGetValue(n, out var products) && products.Contains(productId) ? n : null;
        var now = clock.GetUtcNow().UtcDateTime;
        var deliveryFee = pickup is null ? terms.DeliveryFeeMinor : 0;
        var items = r.Lines!.Select(l => new PriceCalculator.Item(l.SkuId!.Value, l.Quantity!.Value)).ToList();
        var sheet = await prices.Price(storeId, customerId, terms.Currency, items,
            offers, deliveryFee, Choices(r.CouponCodes, r.PointsToSpend, r.Offer) with { PickupPointId = pickup?.Id, ForDelivery = pickup is null }, now, ct);
        foreach (var (field, message) in sheet.Refusals) v.Add(field, message);
        if (!v.IsValid) return v;

        // The sheet keeps the request's order of lines.
        var lines = sheet.Lines.Select((l, i) => new Order.LineInput(l.SkuId, l.ProductId, l.ProductName, l.SkuLabel, l.UnitPriceMinor, l.Quantity,
            l.ListUnitPriceMinor, l.DiscountMinor, NoteFor(i, l.ProductId))).ToList();
        var pricing = new Order.Pricing(sheet.Adjustments, sheet.OriginalDeliveryFeeMinor - sheet.DeliveryFeeMinor);
        var payWithin = TimeSpan.FromMinutes(options.Value.PaymentTimeoutMinutes);
        var order = pickup is not null
            ? Order.PlaceForPickup(storeId, customerId, placedBy, terms.Currency, lines, pickup.Id, pickup.Name, now, payWithin, pricing)
            : Order.PlaceForDelivery(storeId, customerId, placedBy, terms.Currency, lines, r.DeliveryAddress!, r.Latitude!.Value, r.Longitude!.Value,
                slotStart, slotStart + DeliverySlot.Length, deliveryFee, now, payWithin, pricing);

        if (requestKey is not null) order.PlacedByRequest(requestKey);
        await attribution.RecordOrder(order.Id, customerId, r.ShareCode, ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.Add(order);
        // The lines came from the cart of whoever placed the order (staff use their own cart for a customer).
        var cart = await CartAccess.Find(db, new CartOwner(placedBy, null), storeId, ct);
        cart?.Remove(lines.Select(l => l.SkuId), now);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (requestKey is not null && e.IsUniqueViolation())
        {
            // Two runs of one request at once (the first outlived its claim's lease): the first one's order stands.
            await tx.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            if (await PlacedBy(requestKey, ct) is { } first) return first;
            throw;
        }
        await prices.Claim(sheet, order.Id, ct);
        // Stock is reserved last, right before the commit, so a popular SKU's row stays locked only
        // briefly; if any line is short, the whole transaction (order included) rolls back.
        // A fixed order of rows keeps concurrent multi-line orders from deadlocking each other.
        foreach (var line in lines.OrderBy(l => l.SkuId))
            if (!await stock.TryReserve(storeId, line.SkuId, line.Quantity, ct))
                throw new DomainException("out_of_stock", $"Not enough '{line.ProductName}' left. Lower the quantity or remove it.");
        await tx.CommitAsync(ct);
        return order;
    }

    private Task<Order?> PlacedBy(string requestKey, CancellationToken ct) =>
        OrderAccess.WithDetails(db).FirstOrDefaultAsync(o => o.RequestKey == requestKey, ct);

    public static void CheckItems(Validator v, Guid? storeId, IReadOnlyList<LineRequest>? lines, Fulfilment? fulfilment)
    {
        v.Check(storeId is not null, "storeId", "Choose a store.")
            .Check(lines is { Count: > 0 and <= MaxLines }, "lines", $"An order has 1 to {MaxLines} items.")
            .Check(fulfilment is not null && Enum.IsDefined(fulfilment.Value), "fulfilment", "Choose pickup or delivery.");
        for (var i = 0; i < Math.Min(lines?.Count ?? 0, MaxLines); i++)
            v.Check(lines![i].SkuId is not null, $"lines[{i}].skuId", "Choose an item.")
             .Check(lines[i].Quantity is >= 1 and <= Cart.MaxQuantity, $"lines[{i}].quantity", $"Quantity must be a whole number from 1 to {Cart.MaxQuantity}.")
             .Check(lines[i].NoteId is null || lines[i].NoteId!.Length <= 64, $"lines[{i}].noteId", "'noteId' must be at most 64 characters.");
        if (lines is { Count: > 0 } && lines.Select(l => l.SkuId).Distinct().Count() != lines.Count) v.Add("lines", "Each item may appear once.");
    }

    /// <summary>Sizes only; whether a coupon, the points or the offer can be used is for the price rules to say.</summary>
    public static void CheckChoices(Validator v, IReadOnlyList<string>? couponCodes, long? points, OfferRef? offer)
    {
        v.Check(couponCodes is null || couponCodes.Count <= MaxCoupons, "couponCodes", $"Use at most {MaxCoupons} coupons.");
        for (var i = 0; i < Math.Min(couponCodes?.Count ?? 0, MaxCoupons); i++)
            v.Text(couponCodes![i], $"couponCodes[{i}]", 40);
        v.Check(points is null or >= 0 and <= 100_000_000, "pointsToSpend", "Points to spend must be a whole number from 0.");
        if (offer is not null)
            v.Text(offer.Kind, "offer.kind", 40).Check(offer.Id is not null, "offer.id", "Say which offer.");
    }

    public static PricingChoices Choices(IReadOnlyList<string>? couponCodes, long? points, OfferRef? offer) =>
        new((couponCodes ?? []).Select(c => c.Trim()).Where(c => c.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList(), points ?? 0, offer);

    public static async Task<Results<Created<OrderView>, ValidationProblem>> Handle(
        PlaceOrderRequest request, ClaimsPrincipal user, HttpContext http, PlaceOrder placeOrder, CancellationToken ct)
    {
        // Apps send the code they carry; a browser carries it in a cookie (not when staff order for someone else).
        if (request.ShareCode is null && string.IsNullOrEmpty(request.OnBehalfOf)
            && http.Request.Cookies.TryGetValue(IShareAttribution.CookieName, out var carried))
            request = request with { ShareCode = carried };
        return (await placeOrder.Execute(request, user, RequestKeys.Of(http), ct)).CreatedOr(o => $"/api/v1/orders/{o.Id}", OrderView.From);
    }
}
