using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
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
internal sealed class RoomModel(PlazaDb db, LiveRoomReader reader, LiveBroadcast broadcast, IOptions<LiveOptions> options, TimeProvider clock)
    : PageModel
{
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
        if (RoomAccess.CanHost(room, User)) Host = reader.HostView(Room, room);
        CanModerate = RoomAccess.CanModerate(room, User);
        Reminded = await RemindMe.IsSet(id, User.AccountId(), db, ct);
        return true;
    }
}
