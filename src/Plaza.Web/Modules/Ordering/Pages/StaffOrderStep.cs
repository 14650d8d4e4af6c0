using System.Security.Claims;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Errors;
using Plaza.Web.Platform.Web;

namespace Plaza.Web.Modules.Ordering.Pages;

/// <summary>
/// A staff page's "next step" or "Hand over" button (the dashboard's and an order's page): moves the order on and
/// leaves the next page a line saying what happened, or why not.
/// </summary>
internal static class StaffOrderStep
{
    /// <returns>false when there is no such order at this store (the page answers 404).</returns>
    public static async Task<bool> Take(Guid storeId, Guid orderId, FulfilOrder.Step step, string? code, ClaimsPrincipal user, ITempDataDictionary tempData,
        PlazaDb db, TimeProvider clock, CancellationToken ct)
    {
        if (!await OrderAccess.IsOfStore(db, storeId, orderId, ct)) return false;
        try
        {
            var order = await FulfilOrder.Execute(orderId, step, code, user, db, clock, ct);
            if (order is null) return false;
            tempData.Notice(step == FulfilOrder.Step.HandOver ? "Order {0} is handed over. Thank you." : "Order {0} is updated.", order.Number);
        }
        catch (DomainException e)
        {
            tempData.Problem(e.Message);
        }
        return true;
    }
}
