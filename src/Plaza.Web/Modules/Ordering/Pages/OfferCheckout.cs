using System.Security.Claims;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Options;
using Plaza.Web.Modules.Catalog.Contracts;
using Plaza.Web.Modules.Identity.Contracts;
using Plaza.Web.Modules.Notes.Contracts;
using Plaza.Web.Modules.Ordering.Contracts;
using Plaza.Web.Modules.Payments;
using Plaza.Web.Modules.Sharing.Contracts;
using Plaza.Web.Modules.Stores.Contracts;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Errors;

namespace Plaza.Web.Modules.Ordering.Pages;

/// <summary>
/// "Buy through this offer" on a module's own page (start or join a team, buy a bargain, order on a leader's
/// page): a pickup order placed through <see cref="PlaceOrder"/> with the offer (so the price and the claim
/// come from the one price computation), then the payment page — the same two steps the checkout page
/// takes. Pickup only, to keep those pages short; apps use <c>POST /api/v1/orders</c> with any fulfilment.
/// </summary>
internal static class OfferCheckout
{
    /// <returns>Where to send the shopper (the payment page, or the order), or null with errors in <paramref name="modelState"/>.</returns>
    public static async Task<string?> PlaceAndPay(Guid storeId, IReadOnlyList<(Guid SkuId, int Quantity)> lines, Guid? pickupPointId, OfferRef offer, ClaimsPrincipal user,
        IServiceProvider sp, ModelStateDictionary modelState, CancellationToken ct)
    {
        var request = new PlaceOrder.PlaceOrderRequest(storeId, lines.Select(l => new PlaceOrder.LineRequest(l.SkuId, l.Quantity)).ToList(), Fulfilment.Pickup,
            pickupPointId, null, null, null, null, null, Offer: offer);
        var deps = new PlaceOrder.Dependencies(sp.GetRequiredService<PlazaDb>(), sp.GetRequiredService<IStoreDirectory>(), sp.GetRequiredService<ICatalogOffers>(),
            sp.GetRequiredService<IStock>(), sp.GetRequiredService<IAccountDirectory>(), sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<IOptions<OrderingOptions>>(), sp.GetRequiredService<IShareAttribution>(), sp.GetRequiredService<PriceCalculator>(),
            sp.GetRequiredService<INoteTags>());
        Order order;
        try
        {
            var outcome = await PlaceOrder.Execute(request, user, deps, ct);
            if (!outcome.Ok)
            {
                foreach (var message in outcome.Errors!.SelectMany(e => e.Value).Distinct()) modelState.AddModelError("", message);
                return null;
            }
            order = outcome.Value!;
        }
        catch (DomainException e)
        {
            modelState.AddModelError("", e.Message);
            return null;
        }
        try
        {
            var payment = await StartPayment.Execute(new StartPayment.StartPaymentRequest(order.Id), user, deps.Db, sp.GetRequiredService<IOrderPayments>(),
                sp.GetRequiredService<IPaymentProvider>(), deps.Clock, ct);
            if (payment is { Ok: true, Value.RedirectUrl: { } url }) return url;
        }
        catch (DomainException)
        {
            // The order stands; it can be paid from its page.
        }
        return $"/orders/{order.Id}";
    }
}
