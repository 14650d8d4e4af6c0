using Microsoft.AspNetCore.Mvc;
using Plaza.Web.Modules.Catalog.Contracts;
using Plaza.Web.Modules.Identity.Contracts;
using Plaza.Web.Modules.Payments.Contracts;
using Plaza.Web.Modules.Stores.Contracts;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Errors;
using Plaza.Web.Platform.Web;

namespace Plaza.Web.Modules.Ordering.Pages;

/// <summary>One order behind the counter: who, what, where; the next step, hand-over with the code, refunds.</summary>
internal sealed class StaffOrderModel(PlazaDb db, IAccountDirectory accounts, IStoreDirectory stores, IStock stock, IRefundGateway refunds, TimeProvider clock)
    : StaffPageModel
{
    public sealed class RefundLineInput
    {
        public Guid LineId { get; set; }
        public int? Quantity { get; set; }
    }

    public sealed class RefundInput
    {
        public bool Full { get; set; }
        public List<RefundLineInput> Lines { get; set; } = [];
        public bool IncludeDeliveryFee { get; set; }
        public bool Restock { get; set; }
        public string? Reason { get; set; }
    }

    [BindProperty]
    public RefundInput Refund { get; set; } = new();

    public OrderView? Order { get; private set; }
    public AccountRef? Customer { get; private set; }
    public StoreTerms? Store { get; private set; }
    public TimeZoneInfo Zone { get; private set; } = TimeZoneInfo.Utc;
    public long Refundable { get; private set; }
    public bool CanRefundDeliveryFee { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) =>
        await Load(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostStepAsync(Guid id, FulfilOrder.Step step, CancellationToken ct) =>
        await StaffOrderStep.Take(StoreId, id, step, null, User, TempData, db, clock, ct) ? LocalRedirect($"/staff/stores/{StoreId}/orders/{id}") : NotFound();

    public async Task<IActionResult> OnPostHandOverAsync(Guid id, string? code, CancellationToken ct) =>
        await StaffOrderStep.Take(StoreId, id, FulfilOrder.Step.HandOver, code, User, TempData, db, clock, ct)
            ? LocalRedirect($"/staff/stores/{StoreId}/orders/{id}")
            : NotFound();

    public async Task<IActionResult> OnPostRefundAsync(Guid id, CancellationToken ct)
    {
        if (!await OrderAccess.IsOfStore(db, StoreId, id, ct)) return NotFound();
        var request = new RefundOrder.RefundRequest(
            Refund.Full ? null : Refund.Lines.Where(l => l.Quantity is > 0).Select(l => new RefundOrder.RefundLine(l.LineId, l.Quantity)).ToList(),
            Refund.Full, Refund.IncludeDeliveryFee, Refund.Restock, string.IsNullOrWhiteSpace(Refund.Reason) ? null : Refund.Reason.Trim());
        try
        {
            var outcome = await RefundOrder.Execute(id, request, User, db, stock, refunds, clock, requestKey: null, ct);
            if (outcome is null) return NotFound();
            if (outcome.Value.Ok)
            {
                var order = outcome.Value.Value!;
                Notice("Refund sent: {0} in total refunded for this order.", MoneyFormat.Format(order.RefundedMinor, order.Currency));
                return LocalRedirect($"/staff/stores/{StoreId}/orders/{id}");
            }
            // Field names from the use case: "lines" (nothing chosen), "lines[0].quantity", "reason".
            foreach (var (field, messages) in outcome.Value.Errors!)
                foreach (var message in messages)
                    ModelState.AddModelError(field == "reason" ? "Refund.Reason" : "", message);
        }
        catch (DomainException e)
        {
            ModelState.AddModelError("", e.Message);
        }
        db.ChangeTracker.Clear();
        return await Load(id, ct) ? Page() : NotFound();
    }

    private async Task<bool> Load(Guid id, CancellationToken ct)
    {
        var order = await OrderAccess.LoadForStaff(db, id, User, ct);
        if (order is null || order.StoreId != StoreId) return false;
        Order = OrderView.From(order);
        Refundable = order.RefundableMinor;
        CanRefundDeliveryFee = order.DeliveryFeeMinor > 0 && !order.DeliveryFeeRefunded;
        Customer = (await accounts.Find([order.CustomerId], ct)).GetValueOrDefault(order.CustomerId);
        Store = await stores.Terms(StoreId, ct);
        Zone = StoreTime.Zone(Store?.TimeZone);
        if (Refund.Lines.Count == 0)
            Refund.Lines = Order.Lines.Select(l => new RefundLineInput { LineId = l.Id }).ToList();
        return true;
    }
}
