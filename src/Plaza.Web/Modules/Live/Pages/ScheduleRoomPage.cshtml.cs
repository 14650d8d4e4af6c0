using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Plaza.Web.Modules.Catalog.Contracts;
using Plaza.Web.Modules.Leaders.Contracts;
using Plaza.Web.Modules.Stores.Contracts;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Errors;
using Plaza.Web.Platform.Web;

namespace Plaza.Web.Modules.Live.Pages;

/// <summary>
/// "Schedule a live room" for one store (?storeId=): its staff and its approved group-buy leaders see it; anyone else
/// gets a 404. Title, start in the store's time, and the products to show.
/// </summary>
[Authorize]
internal sealed class ScheduleRoomPageModel(PlazaDb db, IStoreDirectory stores, ICatalogOffers catalog, ICatalogChoices choices, ILeaderDirectory leaders,
    PhotoStorage storage, TimeProvider clock) : PageModel
{
    public const int MaxChoices = 200;

    public sealed class ScheduleInput
    {
        public string? Title { get; set; }
        public string? StartsAt { get; set; }
        public List<Guid> SkuIds { get; set; } = [];
    }

    [BindProperty] public ScheduleInput Input { get; set; } = new();
    /// <summary>Optional; a refused picture leaves the room scheduled without a cover and says why.</summary>
    [BindProperty] public IFormFile? Cover { get; set; }
    public StoreTerms Store { get; private set; } = null!;
    public IReadOnlyList<ListedSku> Skus { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid storeId, CancellationToken ct)
    {
        if (!await Load(storeId, ct)) return NotFound();
        Input.StartsAt = FormValues.ToLocalInput(clock.GetUtcNow().UtcDateTime.AddHours(1), StoreTime.Zone(Store.TimeZone));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid storeId, CancellationToken ct)
    {
        if (!await Load(storeId, ct)) return NotFound();
        var start = FormValues.ParseLocal(Input.StartsAt, StoreTime.Zone(Store.TimeZone));
        if (start is null) ModelState.AddModelError("Input.StartsAt", "Choose the date and time the room starts.");
        if (!ModelState.IsValid) return Page();
        try
        {
            var outcome = await ScheduleRoom.Execute(new ScheduleRoom.ScheduleRoomRequest(storeId, Input.Title, start, Input.SkuIds), User, db, stores,
                catalog, leaders, clock, ct);
            if (outcome is not { } o) return NotFound();
            if (!o.Ok)
            {
                o.CopyTo(ModelState);
                return Page();
            }
            TempData.Notice("Live room scheduled");
            if (Cover is not null && PhotoStorage.IsChosen(Cover)
                && await ChangeRoomCover.Execute(o.Value!.Id, Cover, User, db, storage, ct) is { Ok: false } refused)
                TempData.Problem(refused.Errors!.Values.First()[0]);
            return LocalRedirect($"/live/{o.Value!.Id}");
        }
        catch (DomainException e)
        {
            ModelState.AddModelError("", e.Message);
            return Page();
        }
    }

    private async Task<bool> Load(Guid storeId, CancellationToken ct)
    {
        if (await stores.Terms(storeId, ct) is not { } store || !await RoomAccess.MayHostAt(storeId, User, leaders, ct)) return false;
        Store = store;
        Skus = await choices.ListedSkus(storeId, MaxChoices, ct);
        return true;
    }
}
