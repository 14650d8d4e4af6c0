using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Plaza.Web.Modules.Stores.Contracts;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Web;

namespace Plaza.Web.Modules.Live.Pages;

/// <summary>Back office: the store's live rooms, newest first, with their numbers, and the way to schedule a new one.</summary>
internal sealed class StaffLiveRoomsModel(PlazaDb db, IStoreDirectory stores) : StaffPageModel
{
    public const int Shown = 50;

    public string StoreName { get; private set; } = "";
    public TimeZoneInfo Zone { get; private set; } = TimeZoneInfo.Utc;
    public IReadOnlyList<LiveRoom> Rooms { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await stores.Terms(StoreId, ct) is not { } store) return NotFound();
        StoreName = store.Name;
        Zone = StoreTime.Zone(store.TimeZone);
        Rooms = await db.Set<LiveRoom>().AsNoTracking().Where(r => r.StoreId == StoreId).OrderByDescending(r => r.ScheduledStartUtc).Take(Shown)
            .ToListAsync(ct);
        return Page();
    }
}
