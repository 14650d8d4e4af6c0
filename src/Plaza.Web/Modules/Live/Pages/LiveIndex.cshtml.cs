using Microsoft.AspNetCore.Mvc.RazorPages;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Live.Pages;

/// <summary>/live: rooms live now, upcoming, and replays.</summary>
internal sealed class LiveIndexModel(PlazaDb db, LiveRoomReader reader) : PageModel
{
    public ListRooms.LiveListing Rooms { get; private set; } = new([], [], []);

    public async Task OnGetAsync(CancellationToken ct) => Rooms = await ListRooms.Execute(null, db, reader, ct);
}
