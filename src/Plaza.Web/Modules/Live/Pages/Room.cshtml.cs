using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Plaza.Web.Modules.Catalog.Contracts;
using Plaza.Web.Modules.Ordering.Contracts;
using Plaza.Web.Modules.Stores.Contracts;
using Plaza.Web.Platform.Auth;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Errors;
using Plaza.Web.Platform.Web;

namespace Plaza.Web.Modules.Live.Pages;

/// <summary>
/// /live/{id}: the video (or a note that no video is connected), the products with "Add to cart", the pinned product, and
/// the chat; live updates come over the hub (wwwroot/js/live-room.js). The host also gets the stream settings, Start and
/// End by hand, slow mode and the room's numbers; an upcoming room offers "Remind me".
/// </summary>
internal sealed class RoomModel(PlazaDb db, LiveRoomReader reader, LiveBroadcast broadcast, IOptions<LiveOptions> options, IStoreDirectory stores,
    ICatalogOffers catalog, IPlaceAndPay placeAndPay, IViewerPresence presence, IOrderAmounts amounts, PhotoStorage storage, TimeProvider clock)
    : PageModel
{
    public IReadOnlyList<OpenDeal.LiveDealView> Deals { get; private set; } = [];
    public IReadOnlyList<PickupPointRef> PickupPoints { get; private set; } = [];
    public GetRoomStats.RoomStatsView? Stats { get; private set; }

    public LiveRoomView Room { get; private set; } = null!;
    public LiveHostView? Host { get; private set; }
    public bool CanModerate { get; private set; }
    public bool Reminded { get; private set; }
    public TimeZoneInfo Zone { get; private set; } = TimeZoneInfo.Utc;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!await Load(id, ct)) return NotFound();
        // The video comes from the media server, which may be another origin: the page may fetch and play from it.
        Response.Headers.ContentSecurityPolicy = MediaPolicy.For(options.Value.Media);
        return Page();
    }

    public Task<IActionResult> OnPostRemindAsync(Guid id, CancellationToken ct) =>
        Act(id, "We will tell you when it goes live", () => RemindMe.Set(id, User.RequiredAccountId(), db, clock, ct), ct, signedIn: true);

    public Task<IActionResult> OnPostForgetAsync(Guid id, CancellationToken ct) =>
        Act(id, "Reminder removed", () => RemindMe.Remove(id, User.RequiredAccountId(), db, ct), ct, signedIn: true);

    public Task<IActionResult> OnPostStartAsync(Guid id, CancellationToken ct) =>
        Act(id, "You are live", () => StartRoom.ByHost(id, User, db, broadcast, clock, ct), ct);

    public Task<IActionResult> OnPostEndAsync(Guid id, CancellationToken ct) =>
        Act(id, "The room has ended", () => EndRoom.ByHost(id, User, db, broadcast, clock, ct), ct);

    /// <summary>The host's cover picture (the API's ChangeLiveRoomCover).</summary>
    public async Task<IActionResult> OnPostCoverAsync(Guid id, IFormFile? cover, CancellationToken ct)
    {
        if (await ChangeRoomCover.Execute(id, cover, User, db, storage, ct) is not { } outcome) return NotFound();
        if (outcome.Ok) TempData.Notice("Cover changed");
        else TempData.Problem(outcome.Errors!.Values.First()[0]);
        return LocalRedirect($"/live/{id}");
    }

    /// <summary>"Buy now" on a live deal: a pickup order through the deal's offer, then its payment, as on a team's page.</summary>
    public async Task<IActionResult> OnPostBuyDealAsync(Guid id, Guid dealId, Guid? pickupPointId, CancellationToken ct)
    {
        if (User.AccountId() is null) return LocalRedirect($"/account/sign-in?returnUrl={Uri.EscapeDataString($"/live/{id}")}");
        var deal = await db.Set<LiveDeal>().AsNoTracking().FirstOrDefaultAsync(d => d.Id == dealId && d.RoomId == id, ct);
        if (deal is null) return NotFound();
        var outcome = await placeAndPay.PickupWithOffer(deal.StoreId, [new OrderItem(deal.SkuId, 1)], pickupPointId,
            new OfferRef(LiveDealRule.Kind, deal.Id), User, ct);
        if (outcome.Placed) return Redirect(outcome.Next!);
        TempData.Problem(outcome.Problems.FirstOrDefault() ?? "This live deal is closed.");
        return LocalRedirect($"/live/{id}");
    }

    /// <summary>The host opens a live deal from the page (the API's OpenLiveDeal).</summary>
    public async Task<IActionResult> OnPostOpenDealAsync(Guid id, Guid? skuId, string? price, int? quantity, int? limit, int? minutes, CancellationToken ct)
    {
        var priceMinor = FormValues.ParseNumber(price) is { } p ? (long)decimal.Round(p * 100) : (long?)null;
        try
        {
            var outcome = await OpenDeal.Execute(id, new OpenDeal.OpenDealRequest(skuId, priceMinor, quantity, limit, minutes), User, db, catalog, broadcast,
                clock, ct);
            if (outcome is not { } o) return NotFound();
            if (o.Ok) TempData.Notice("Live deal open");
            else TempData.Problem(o.Errors!.Values.First()[0]);
        }
        catch (DomainException e)
        {
            TempData.Problem(e.Message);
        }
        return LocalRedirect($"/live/{id}");
    }

    private async Task<IActionResult> Act<T>(Guid id, string done, Func<Task<T?>> action, CancellationToken ct, bool signedIn = false)
        where T : class
    {
        if (signedIn && User.AccountId() is null) return Challenge();
        try
        {
            if (await action() is null) return NotFound();
            TempData.Notice(done);
        }
        catch (DomainException e)
        {
            TempData.Problem(e.Message);
        }
        return LocalRedirect($"/live/{id}");
    }

    private async Task<bool> Load(Guid id, CancellationToken ct)
    {
        if (await reader.Find(id, ct) is not { } room) return false;
        Room = await reader.View(room, ct);
        Zone = StoreTime.Zone(Room.StoreTimeZone);
        if (RoomAccess.CanHost(room, User))
        {
            Host = reader.HostView(Room, room);
            Stats = await GetRoomStats.Execute(id, User, db, presence, amounts, clock, ct);
        }
        CanModerate = RoomAccess.CanModerate(room, User);
        Reminded = await RemindMe.IsSet(id, User.AccountId(), db, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        if (room.IsLive)
        {
            Deals = (await db.Set<LiveDeal>().AsNoTracking().Where(d => d.RoomId == id && d.ClosesAtUtc > now).OrderBy(d => d.ClosesAtUtc).ToListAsync(ct))
                .Select(OpenDeal.LiveDealView.From).ToList();
            PickupPoints = await stores.PickupPoints(room.StoreId, ct);
        }
        return true;
    }
}
