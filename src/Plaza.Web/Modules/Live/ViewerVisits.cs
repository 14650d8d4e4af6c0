using Microsoft.EntityFrameworkCore;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Live;

/// <summary>Records that a signed-in viewer is in a room (on Join and each Beat): live deals sell only to them.</summary>
internal static class ViewerVisits
{
    public static async Task Seen(PlazaDb db, Guid roomId, Guid accountId, DateTime now, CancellationToken ct) =>
        await db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO live_viewers (room_id, account_id, last_seen_utc) VALUES ({roomId}, {accountId}, {now})
            ON CONFLICT (room_id, account_id) DO UPDATE SET last_seen_utc = excluded.last_seen_utc
            """, ct);
}
