using Microsoft.AspNetCore.Mvc;
using Plaza.Web.Modules.Catalog.Contracts;
using Plaza.Web.Modules.Ordering.Contracts;
using Plaza.Web.Modules.Stores.Contracts;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Web;

namespace Plaza.Web.Modules.Ordering.Pages;

/// <summary>
/// A store's day: sales, open orders by status, what is running out; the open orders with the next
/// step for each; and the pickup counter: find a ready order by its code and hand it over.
/// </summary>
internal sealed class StaffDashboardModel(PlazaDb db, IStoreDirectory stores, IStockLevels stock, TimeProvider clock) : StaffPageModel
{
    public StoreDashboard.DashboardView? Dashboard { get; private set; }
    public IReadOnlyList<OrderSummary> Orders { get; private set; } = [];
    public OrderStatus? Status { get; private set; }
    public TimeZoneInfo Zone { get; private set; } = TimeZoneInfo.Utc;

    /// <summary>The code typed at the pickup counter, and the ready order it belongs to (if any).</summary>
    public string? Code { get; private set; }
    public OrderView? CodeOrder { get; private set; }

    public async Task<IActionResult> OnGetAsync(OrderStatus? status, string? code, CancellationToken ct)
    {
        Dashboard = await StoreDashboard.Load(StoreId, db, stores, stock, clock, ct);
        if (Dashboard is null) return NotFound();
        Zone = StoreTime.Zone((await stores.Terms(StoreId, ct))?.TimeZone);
        Status = status is { } s && Enum.IsDefined(s) ? s : null;
        Orders = await StoreOrders.List(StoreId, Status, db, ct);
        Code = code?.Trim();
        if (Code is { Length: > 0 and <= 10 } && await StoreOrders.ByPickupCode(StoreId, Code, db, ct) is { } found)
            CodeOrder = OrderView.From(found);
        return Page();
    }

    public async Task<IActionResult> OnPostStepAsync(Guid orderId, FulfilOrder.Step step, OrderStatus? status, CancellationToken ct) =>
        await StaffOrderStep.Take(StoreId, orderId, step, null, User, TempData, db, clock, ct)
            ? Redirect($"/staff/stores/{StoreId}" + (status is null ? "" : $"?status={status}") + "#orders")
            : NotFound();

    public async Task<IActionResult> OnPostHandOverAsync(Guid orderId, string? code, CancellationToken ct) =>
        await StaffOrderStep.Take(StoreId, orderId, FulfilOrder.Step.HandOver, code, User, TempData, db, clock, ct)
            ? Redirect($"/staff/stores/{StoreId}#pickup")
            : NotFound();
}
