using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Plaza.Web.Modules.Identity.Contracts;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Errors;
using Plaza.Web.Platform.Web;

namespace Plaza.Web.Modules.Stores.Pages;

/// <summary>The store's name, address, phone, hours, delivery area and fee; its pickup points.</summary>
internal sealed class StaffSettingsModel(PlazaDb db, IAccountDirectory accounts, TimeProvider clock) : StaffPageModel
{
    public sealed class SettingsInput
    {
        public string? Name { get; set; }
        public string? Address { get; set; }
        public string? Phone { get; set; }
        public string? OpensAt { get; set; }
        public string? ClosesAt { get; set; }
        public string? DeliveryRadiusMeters { get; set; }
        public string? DeliveryFee { get; set; }
    }

    public sealed class PointInput
    {
        public string? Name { get; set; }
        public PickupPointKind? Kind { get; set; }
        public string? Address { get; set; }
        public string? Latitude { get; set; }
        public string? Longitude { get; set; }
    }

    [BindProperty]
    public SettingsInput Input { get; set; } = new();

    [BindProperty]
    public PointInput Point { get; set; } = new();

    /// <summary>Email or mobile number of the person to add as staff.</summary>
    [BindProperty]
    public string? StaffLogin { get; set; }

    public IReadOnlyList<StaffMemberView> Staff { get; private set; } = [];

    public Store? Store { get; private set; }
    public IReadOnlyList<PickupPoint> PickupPoints => Store?.PickupPoints.Where(p => p.IsActive).OrderBy(p => p.Kind).ThenBy(p => p.Name).ToList() ?? [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await Load(ct)) return NotFound();
        RestoreSettings();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await Load(ct)) return NotFound();
        ModelState.Clear(); // only the settings form was posted; the pickup point form is not validated here
        int? radius = int.TryParse(Input.DeliveryRadiusMeters, NumberStyles.None, CultureInfo.InvariantCulture, out var r) ? r : null;
        if (radius is null) ModelState.AddModelError("Input.DeliveryRadiusMeters", "Enter the distance in whole metres, like 3000.");
        var fee = MoneyFormat.ToMinor(FormValues.ParseNumber(Input.DeliveryFee), Store!.Currency);
        if (fee is null) ModelState.AddModelError("Input.DeliveryFee", "Enter the fee in pounds, like 2.99, or 0 for free delivery.");
        if (!ModelState.IsValid) return Page();
        try
        {
            var outcome = await UpdateStoreSettings.Execute(StoreId,
                new UpdateStoreSettings.StoreSettingsRequest(Input.Name, Input.Address, string.IsNullOrWhiteSpace(Input.Phone) ? null : Input.Phone,
                    Input.OpensAt, Input.ClosesAt, radius, fee),
                User, db, ct);
            if (outcome is null) return NotFound();
            if (outcome.Value.Ok)
            {
                Notice("The store settings are saved.");
                return LocalRedirect($"/staff/stores/{StoreId}/settings");
            }
            FormErrors.CopyErrors(outcome.Value.Errors, ModelState, rename: new Dictionary<string, string> { ["deliveryFeeMinor"] = "deliveryFee" });
        }
        catch (DomainException e)
        {
            ModelState.AddModelError("", e.Message);
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAddPointAsync(CancellationToken ct)
    {
        if (!await Load(ct)) return NotFound();
        ModelState.Clear();
        var lat = (double?)FormValues.ParseNumber(Point.Latitude);
        var lng = (double?)FormValues.ParseNumber(Point.Longitude);
        try
        {
            var outcome = await AddPickupPoint.Execute(StoreId, new AddPickupPoint.PickupPointRequest(Point.Name, Point.Kind, Point.Address, lat, lng),
                User, db, ct);
            if (outcome is null) return NotFound();
            if (outcome.Value.Ok)
            {
                Notice("{0} is added as a pickup point.", outcome.Value.Value!.Name);
                return LocalRedirect($"/staff/stores/{StoreId}/settings#pickup-points");
            }
            FormErrors.CopyErrors(outcome.Value.Errors, ModelState, prefix: "Point");
        }
        catch (DomainException e)
        {
            ModelState.AddModelError("", e.Message);
        }
        RestoreSettings();
        return Page();
    }

    public async Task<IActionResult> OnPostRetirePointAsync(Guid pointId, CancellationToken ct)
    {
        try
        {
            if (!await RetirePickupPoint.Execute(StoreId, pointId, User, db, ct)) return NotFound();
            Notice("The pickup point is removed. Orders already placed there keep it.");
        }
        catch (DomainException e)
        {
            Problem(e.Message);
        }
        return LocalRedirect($"/staff/stores/{StoreId}/settings#pickup-points");
    }

    public async Task<IActionResult> OnPostAddStaffAsync(CancellationToken ct)
    {
        if (!await Load(ct)) return NotFound();
        ModelState.Clear();
        try
        {
            var outcome = await AddStoreStaff.Execute(StoreId, new AddStoreStaff.AddStaffRequest(StaffLogin), User, db, accounts, clock, ct);
            if (outcome is null) return NotFound();
            if (outcome.Value.Ok)
            {
                Notice("{0} now works at this store.", outcome.Value.Value!.DisplayName);
                return LocalRedirect($"/staff/stores/{StoreId}/settings#staff");
            }
            foreach (var message in outcome.Value.Errors!.Values.SelectMany(m => m)) ModelState.AddModelError(nameof(StaffLogin), message);
        }
        catch (DomainException e)
        {
            ModelState.AddModelError(nameof(StaffLogin), e.Message);
        }
        RestoreSettings();
        return Page();
    }

    public async Task<IActionResult> OnPostRemoveStaffAsync(Guid accountId, CancellationToken ct)
    {
        try
        {
            if (!await RemoveStoreStaff.Execute(StoreId, accountId, User, db, ct)) return NotFound();
            Notice("The person no longer works at this store.");
        }
        catch (DomainException e)
        {
            Problem(e.Message);
        }
        return LocalRedirect($"/staff/stores/{StoreId}/settings#staff");
    }

    private async Task<bool> Load(CancellationToken ct)
    {
        Store = await GetStore.Load(db, StoreId, ct);
        Staff = await ListStoreStaff.Execute(StoreId, User, db, accounts, ct) ?? [];
        return Store is not null;
    }

    /// <summary>After a failed pickup point form, the settings form shows what is saved.</summary>
    private void RestoreSettings()
    {
        var s = Store!;
        Input = new SettingsInput
        {
            Name = s.Name, Address = s.Address, Phone = s.Phone, OpensAt = s.OpensAt.ToString("HH:mm", CultureInfo.InvariantCulture),
            ClosesAt = s.ClosesAt.ToString("HH:mm", CultureInfo.InvariantCulture),
            DeliveryRadiusMeters = s.DeliveryRadiusMeters.ToString(CultureInfo.InvariantCulture), DeliveryFee = MoneyFormat.MajorText(s.DeliveryFeeMinor),
        };
    }
}
