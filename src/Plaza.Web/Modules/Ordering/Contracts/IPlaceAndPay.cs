using System.Security.Claims;

namespace Plaza.Web.Modules.Ordering.Contracts;

/// <summary>An item to order: a SKU the store sells, and how many.</summary>
internal sealed record OrderItem(Guid SkuId, int Quantity);

/// <summary>
/// What placing an order and starting its payment came to. Placed: <see cref="Next"/> is where to send the shopper —
/// the provider's payment page, or the order's page when the payment could not start (<see cref="PaymentProblem"/> says
/// why, if there was a reason to give; the order stands and can be paid from its page). Not placed: <see cref="Errors"/>
/// (field → messages, the API's 400) or <see cref="Refusal"/> (a broken rule, the API's 409: sold out, team full…).
/// </summary>
internal sealed record PlaceAndPayOutcome(string? Next, string? PaymentProblem, IReadOnlyDictionary<string, string[]> Errors, string? Refusal)
{
    public bool Placed => Next is not null;

    /// <summary>Why the order was not placed, each message once.</summary>
    public IEnumerable<string> Problems => Errors.Values.SelectMany(m => m).Append(Refusal).OfType<string>().Distinct();
}

/// <summary>
/// "Buy through this offer" on another module's page (start or join a team, buy a bargain, order on a leader's page):
/// places the order — prices and claims from the one price computation, ADR 0011 — and starts its payment, the same
/// two steps the checkout page takes, through the same service.
/// </summary>
internal interface IPlaceAndPay
{
    /// <summary>
    /// A pickup order through <paramref name="offer"/>, then its payment. Pickup only, to keep those pages short; apps use
    /// <c>POST /api/v1/orders</c> with any fulfilment.
    /// </summary>
    Task<PlaceAndPayOutcome> PickupWithOffer(
        Guid storeId, IReadOnlyList<OrderItem> items, Guid? pickupPointId, OfferRef offer, ClaimsPrincipal user, CancellationToken ct);
}
