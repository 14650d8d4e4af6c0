using Microsoft.EntityFrameworkCore;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Live;

/// <summary>
/// Slow mode (one message per N seconds) and the rate cap (at most M messages per window even without slow mode), taken
/// in one conditional upsert of the viewer's <see cref="LiveChatter"/> row: the row moves only when both allow it, so
/// racing messages from several tabs or nodes get exactly the messages the limits allow.
/// </summary>
internal static class ChatPace
{
    /// <returns>0 when the message may go now; otherwise how many seconds to wait, at least 1.</returns>
    public static async Task<int> TryTake(PlazaDb db, Guid roomId, Guid accountId, int slowModeSeconds, int capMessages, int capWindowSeconds,
        DateTime now, CancellationToken ct)
    {
        var nowMs = new DateTimeOffset(now, TimeSpan.Zero).ToUnixTimeMilliseconds();
        var slowCutoff = nowMs - slowModeSeconds * 1000L;
        var windowCutoff = nowMs - capWindowSeconds * 1000L;
        var taken = await db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO live_chatters (room_id, account_id, last_sent_ms, window_start_ms, window_count)
            VALUES ({roomId}, {accountId}, {nowMs}, {nowMs}, 1)
            ON CONFLICT (room_id, account_id) DO UPDATE SET
                window_count = CASE WHEN live_chatters.window_start_ms <= {windowCutoff} THEN 1 ELSE live_chatters.window_count + 1 END,
                window_start_ms = CASE WHEN live_chatters.window_start_ms <= {windowCutoff} THEN {nowMs} ELSE live_chatters.window_start_ms END,
                last_sent_ms = {nowMs}
            WHERE live_chatters.last_sent_ms <= {slowCutoff}
              AND (live_chatters.window_start_ms <= {windowCutoff} OR live_chatters.window_count < {capMessages})
            """, ct);
        if (taken == 1) return 0;
        var row = await db.Set<LiveChatter>().AsNoTracking().FirstAsync(c => c.RoomId == roomId && c.AccountId == accountId, ct);
        var waitMs = Math.Max(row.LastSentMs + slowModeSeconds * 1000L - nowMs,
            row.WindowCount >= capMessages ? row.WindowStartMs + capWindowSeconds * 1000L - nowMs : 0);
        return (int)Math.Max(1, Math.Ceiling(waitMs / 1000.0));
    }
}
