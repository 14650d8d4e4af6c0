using System.Security.Claims;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Plaza.Web.Modules.Payments.Contracts;
using Plaza.Web.Platform.Auth;
using Plaza.Web.Platform.Errors;
using Plaza.Web.Platform.Web;

namespace Plaza.Web.Modules.Ordering.Pages;

/// <summary>"Pay now" on the order's page and "Pay again" on its payment-return page: off to the provider's hosted page.</summary>
internal static class PayOrder
{
    /// <returns>Where to send the shopper (back to the order, with the reason on top, when it cannot be paid); null for a 404.</returns>
    public static async Task<string?> Start(Guid orderId, ClaimsPrincipal user, IPayments payments, ITempDataDictionary tempData, CancellationToken ct)
    {
        try
        {
            return await payments.StartCheckout(OrderPayments.PayableKind, orderId, user.RequiredAccountId(), ct);
        }
        catch (DomainException e)
        {
            tempData[FlashMessages.ProblemKey] = e.Message;
            return $"/orders/{orderId}";
        }
    }
}
