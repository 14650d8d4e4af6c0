using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Plaza.Web.Modules.Catalog.Contracts;
using Plaza.Web.Modules.Ordering.Contracts;
using Plaza.Web.Modules.Sharing.Contracts;
using Plaza.Web.Modules.Stores.Contracts;
using Plaza.Web.Platform.Auth;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Errors;
using Plaza.Web.Platform.Web;

namespace Plaza.Web.Modules.Ordering.Pages;

/// <summary>
/// Pickup or home delivery, then "Place order and pay": the cart's SKUs and quantities go to <see cref="PlaceAndPay"/>
/// (prices come from the catalog), which sends the shopper on to the provider's hosted page.
/// Staff at the store may place the order for a customer (a walk-in shopper) from their own cart.
/// </summary>
[Authorize]
internal sealed class CheckoutModel(
    PlazaDb db, IStoreDirectory stores, ICatalogOffers catalog, TimeProvider clock, IOptions<OrderingOptions> options, PriceCalculator prices,
    PlaceAndPay placeAndPay, IEnumerable<Promotions.Contracts.IShopperCoupons> shopperCoupons) : PageModel
{
    public sealed class CheckoutInput
    {
        public Fulfilment? Fulfilment { get; set; }
        public Guid? PickupPointId { get; set; }
        public string? DeliveryAddress { get; set; }
        public string? Latitude { get; set; }
        public string? Longitude { get; set; }
        public string? SlotStartUtc { get; set; }
        public string? OnBehalfOf { get; set; }
        /// <summary>Coupons chosen from "my coupons", plus one typed in <see cref="CouponCode"/>.</summary>
        public List<string> CouponCodes { get; set; } = [];
        public string? CouponCode { get; set; }

        public IReadOnlyList<string> AllCouponCodes() =>
            CouponCodes.Append(CouponCode ?? "").Select(c => c.Trim()).Where(c => c.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

        public long? PointsToSpend { get; set; }
    }

    [BindProperty]
    public CheckoutInput Input { get; set; } = new();

    public StoreDetails? Store { get; private set; }
    public CartView? Cart { get; private set; }
    public IReadOnlyList<DeliverySlot> Slots { get; private set; } = [];
    public IReadOnlyList<PickupPointRef> PickupPoints { get; private set; } = [];
    public TimeZoneInfo Zone { get; private set; } = TimeZoneInfo.Utc;
    public bool Delivers => Store is { DeliveryRadiusMeters: > 0 } && Slots.Count > 0;
    public bool IsStaffHere => Store is not null && User.IsStaffOf(Store.Id);
    public int PaymentMinutes => options.Value.PaymentTimeoutMinutes;
    /// <summary>What the cart costs for pickup and for delivery, from the same computation placing the order uses.</summary>
    public PriceQuoteView? PickupQuote { get; private set; }
    public PriceQuoteView? DeliveryQuote { get; private set; }
    /// <summary>The shopper's unused coupons for this store, to tick instead of typing a code.</summary>
    public IReadOnlyList<Promotions.Contracts.UsableCoupon> MyCoupons { get; private set; } = [];

    /// <summary>The shopper's points and the most this order may use (Loyalty); null when nobody is signed in.</summary>
    public (long Balance, long Cap)? Points { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        await Load(ct);
        Input.Fulfilment = Delivers ? null : Fulfilment.Pickup;
        if (PickupPoints.Count == 1) Input.PickupPointId = PickupPoints[0].Id;
    }

    /// <summary>"Apply": the totals again with the chosen coupons, or why a coupon cannot be used (nothing is ordered).</summary>
    public async Task<IActionResult> OnPostCouponsAsync(CancellationToken ct)
    {
        ModelState.Clear();
        await Load(ct);
        if (Store is null || Cart is not { Lines.Count: > 0 }) return LocalRedirect("/cart");
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await Load(ct);
        if (Store is null || Cart is not { Lines.Count: > 0 }) return LocalRedirect("/cart");

        var delivery = Input.Fulfilment == Fulfilment.Delivery;
        double? latitude = null, longitude = null;
        DateTime? slot = null;
        if (delivery)
        {
            latitude = (double?)FormValues.ParseNumber(Input.Latitude);
            longitude = (double?)FormValues.ParseNumber(Input.Longitude);
            if (!string.IsNullOrWhiteSpace(Input.Latitude) && latitude is null)
                ModelState.AddModelError("Input.Latitude", "Enter the latitude as a number, like 51.5072.");
            if (!string.IsNullOrWhiteSpace(Input.Longitude) && longitude is null)
                ModelState.AddModelError("Input.Longitude", "Enter the longitude as a number, like -0.1276.");
            if (DateTime.TryParse(Input.SlotStartUtc, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var s)) slot = s;
        }
        if (!ModelState.IsValid) return Page();

        var request = new PlaceOrder.PlaceOrderRequest(
            Store.Id,
            Cart.Lines.Select(l => new PlaceOrder.LineRequest(l.SkuId, l.Quantity, l.SourceNoteId?.ToString())).ToList(),
            Input.Fulfilment,
            delivery ? null : Input.PickupPointId,
            delivery ? Input.DeliveryAddress : null,
            latitude, longitude, slot,
            IsStaffHere && !string.IsNullOrWhiteSpace(Input.OnBehalfOf) ? Input.OnBehalfOf.Trim() : null,
            // The share link this browser followed last, unless staff are ordering for someone else.
            IsStaffHere && !string.IsNullOrWhiteSpace(Input.OnBehalfOf) ? null : Request.Cookies[IShareAttribution.CookieName],
            CouponCodes: Input.AllCouponCodes(),
            PointsToSpend: Input.PointsToSpend);
        var outcome = await placeAndPay.Execute(request, User, ct);
        if (!outcome.Placed)
        {
            // Problems with single items belong to the cart, not to a field on this form.
            var lineErrors = outcome.Errors.Where(e => e.Key.StartsWith("lines", StringComparison.Ordinal)).SelectMany(e => e.Value);
            foreach (var message in lineErrors.Append(outcome.Refusal).OfType<string>().Distinct()) ModelState.AddModelError("", message);
            FormErrors.CopyErrors(outcome.Errors.Where(e => !e.Key.StartsWith("lines", StringComparison.Ordinal)).ToDictionary(), ModelState,
                rename: new Dictionary<string, string> { ["couponCodes"] = "couponCode" });
            return Page();
        }
        if (outcome.PaymentProblem is { } problem) TempData[FlashMessages.ProblemKey] = problem;
        return Redirect(outcome.Next!);
    }

    private async Task Load(CancellationToken ct)
    {
        if (ChosenStore.Id(Request) is not { } storeId) return;
        Store = await stores.Details(storeId, ct);
        if (Store is null) return;
        Zone = StoreTime.Zone(Store.TimeZone);
        PickupPoints = await stores.PickupPoints(storeId, ct);
        Slots = await stores.DeliverySlots(storeId, ct);
        var owner = await ShopperCart.Owner(HttpContext, db, clock, createVisitorToken: false, ct);
        Cart = await ManageCart.View(owner, storeId, db, stores, catalog, ct);
        if (User.AccountId() is { } me)
            foreach (var source in shopperCoupons) MyCoupons = await source.Usable(me, storeId, ct);
        if (Cart is { Lines.Count: > 0, CanCheckout: true })
        {
            PickupQuote = await Quote(storeId, Fulfilment.Pickup, ct);
            if (Delivers) DeliveryQuote = await Quote(storeId, Fulfilment.Delivery, ct);
            await LoadPoints(ct);
        }
    }

    private async Task<PriceQuoteView?> Quote(Guid storeId, Fulfilment fulfilment, CancellationToken ct)
    {
        var items = Cart!.Lines.Select(l => new PlaceOrder.LineRequest(l.SkuId, l.Quantity)).ToList();
        var coupons = Input.AllCouponCodes();
        var request = new QuotePrice.QuoteRequest(storeId, items, fulfilment, coupons, Input.PointsToSpend);
        if (coupons.Count > 0)
        {
            // A coupon that cannot be used is said next to the coupon field; the totals are then shown without coupons.
            try
            {
                var withCoupons = await QuotePrice.Execute(request, User.AccountId(), stores, catalog, prices, clock, ct);
                if (withCoupons.Ok) return PriceQuoteView.From(withCoupons.Value!);
                foreach (var message in withCoupons.Errors!.Where(e => e.Key.StartsWith("couponCodes", StringComparison.Ordinal)).SelectMany(e => e.Value))
                    if (ModelState["Input.CouponCode"]?.Errors.Any(e => e.ErrorMessage == message) != true)
                        ModelState.AddModelError("Input.CouponCode", message);
            }
            catch (DomainException e)
            {
                if (ModelState["Input.CouponCode"]?.Errors.Any(x => x.ErrorMessage == e.Message) != true)
                    ModelState.AddModelError("Input.CouponCode", e.Message);
            }
            request = request with { CouponCodes = null };
        }
        var quote = await QuotePrice.Execute(request, User.AccountId(), stores, catalog, prices, clock, ct);
        // Points that cannot be used are reported when placing the order; the totals then show the order without them.
        if (!quote.Ok && Input.PointsToSpend is > 0)
            quote = await QuotePrice.Execute(request with { PointsToSpend = null }, User.AccountId(), stores, catalog, prices, clock, ct);
        return quote.Ok ? PriceQuoteView.From(quote.Value!) : null;
    }

    /// <summary>Balance and cap for the points field: the cap is a share of what is left after coupons (before points).</summary>
    private async Task LoadPoints(CancellationToken ct)
    {
        if (User.AccountId() is not { } me || PickupQuote is not { } q) return;
        if (HttpContext.RequestServices.GetService<Loyalty.Contracts.ILoyaltyPoints>() is not { } loyalty) return;
        var wallet = await loyalty.Wallet(me, ct);
        var left = q.Lines.Sum(l => l.NetMinor) - q.Adjustments.Where(a => a.Stage == PriceStage.Points).Sum(a => a.AmountMinor);
        Points = (wallet.Balance, wallet.CapFor(left));
    }
}
