using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Plaza.Web.Modules.Catalog.Contracts;
using Plaza.Web.Modules.Payments.Contracts;
using Plaza.Web.Modules.Stores.Contracts;
using Plaza.Web.Platform.Auth;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Errors;
using Plaza.Web.Platform.Web;

namespace Plaza.Web.Modules.Ordering.Pages;

/// <summary>One of my orders: where it is, the pickup code, what was bought; pay or cancel while allowed.</summary>
[Authorize]
internal sealed class OrderDetailModel(
    PlazaDb db, IStoreDirectory stores, IStock stock, IRefundGateway refunds, IPayments payments, TimeProvider clock) : PageModel
{
    public OrderView? Order { get; private set; }
    public StoreDetails? Store { get; private set; }
    public TimeZoneInfo Zone { get; private set; } = TimeZoneInfo.Utc;
    public bool CanCancel { get; private set; }
    public bool ConfirmingCancel { get; private set; }
    public bool ViewerIsCustomer { get; private set; }
    public string? PickupPointAddress { get; private set; }

    public bool ShowsPickupCode { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, string? cancel, CancellationToken ct)
    {
        var order = await OrderAccess.Load(db, id, User, ct);
        if (order is null) return NotFound();
        Order = OrderView.From(order);
        CanCancel = order.CanCancel;
        ShowsPickupCode = order.ShowsPickupCode;
        ViewerIsCustomer = order.CustomerId == User.AccountId();
        ConfirmingCancel = CanCancel && cancel == "confirm";
        Store = await stores.Details(order.StoreId, ct);
        Zone = StoreTime.Zone(Store?.TimeZone);
        if (order.PickupPointId is { } pointId) PickupPointAddress = await stores.PickupPointAddress(order.StoreId, pointId, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostPayAsync(Guid id, CancellationToken ct) =>
        await PayOrder.Start(id, User, payments, TempData, ct) is { } next ? Redirect(next) : NotFound();

    public async Task<IActionResult> OnPostCancelAsync(Guid id, CancellationToken ct)
    {
        try
        {
            var order = await CancelOrder.Execute(id, User, db, stock, refunds, clock, ct);
            if (order is null) return NotFound();
            TempData[FlashMessages.NoticeKey] = order.RefundedMinor > 0
                ? "Your order is cancelled. Your money is on its way back to you."
                : "Your order is cancelled.";
        }
        catch (DomainException e)
        {
            TempData[FlashMessages.ProblemKey] = e.Message;
        }
        return LocalRedirect($"/orders/{id}");
    }
}
