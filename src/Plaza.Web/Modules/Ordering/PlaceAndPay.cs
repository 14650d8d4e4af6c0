using System.Security.Claims;
using Plaza.Web.Modules.Ordering.Contracts;
using Plaza.Web.Modules.Payments.Contracts;
using Plaza.Web.Platform.Auth;
using Plaza.Web.Platform.Errors;

namespace Plaza.Web.Modules.Ordering;

/// <summary>
/// "Place order and pay": <see cref="PlaceOrder"/>, then the payment through Payments' <see cref="IPayments"/>. The
/// checkout page calls <see cref="Execute"/> with everything an order can say; other modules' offer pages come through
/// <see cref="IPlaceAndPay"/>.
/// </summary>
internal sealed class PlaceAndPay(PlaceOrder placeOrder, IPayments payments) : IPlaceAndPay
{
    private static readonly IReadOnlyDictionary<string, string[]> NoErrors = new Dictionary<string, string[]>();

    public Task<PlaceAndPayOutcome> PickupWithOffer(
        Guid storeId, IReadOnlyList<OrderItem> items, Guid? pickupPointId, OfferRef offer, ClaimsPrincipal user, CancellationToken ct) =>
        Execute(new PlaceOrder.PlaceOrderRequest(storeId, items.Select(i => new PlaceOrder.LineRequest(i.SkuId, i.Quantity)).ToList(),
            Fulfilment.Pickup, pickupPointId, null, null, null, null, null, Offer: offer), user, ct);

    public async Task<PlaceAndPayOutcome> Execute(PlaceOrder.PlaceOrderRequest request, ClaimsPrincipal user, CancellationToken ct)
    {
        Order order;
        try
        {
            var placed = await placeOrder.Execute(request, user, requestKey: null, ct);
            if (!placed.Ok) return new(null, null, placed.Errors!, null);
            order = placed.Value!;
        }
        catch (DomainException e)
        {
            return new(null, null, NoErrors, e.Message);
        }

        var orderPage = $"/orders/{order.Id}";
        try
        {
            // Whoever placed the order pays for it: the shopper, or staff for a walk-in customer.
            var url = await payments.StartCheckout(OrderPayments.PayableKind, order.Id, user.RequiredAccountId(), ct);
            return new(url ?? orderPage, null, NoErrors, null);
        }
        catch (DomainException e)
        {
            return new(orderPage, e.Message, NoErrors, null);
        }
    }
}
