using System.Collections.Concurrent;
using Microsoft.AspNetCore.SignalR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Plaza.Web.Modules.Identity.Contracts;
using Plaza.Web.Modules.Moderation.Contracts;
using Plaza.Web.Platform.Auth;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Live;

/// <summary>
/// The room's real-time side, at <c>/hubs/live</c> (methods and events in the README). Anyone may join and watch;
/// signed-in viewers chat and like; the host and moderators pin, delete, mute, ban and set slow mode through the same
/// use cases as the API. Each call is checked against the stored room and sanctions, never against connection state,
/// so a ban holds on every node.
/// </summary>
internal sealed class LiveHub(PlazaDb db, LiveRoomReader reader, LiveBroadcast broadcast, IViewerPresence presence, LikeCounter likes, ChatBatcher chat,
    IContentPipeline pipeline, IAccountDirectory accounts, IOptions<LiveOptions> options, TimeProvider clock) : Hub
{
    public async Task<JoinView?> Join(Guid roomId)
    {
        var ct = Context.ConnectionAborted;
        if (await reader.Find(roomId, ct) is not { } room) return null;
        var me = Context.User?.AccountId();
        var sanction = me is { } id
            ? await db.Set<LiveSanction>().AsNoTracking().Where(s => s.RoomId == roomId && s.AccountId == id).Select(s => (LiveSanctionKind?)s.Kind)
                .FirstOrDefaultAsync(ct)
            : null;
        var view = await reader.View(room, ct);
        if (sanction == LiveSanctionKind.Ban) return new JoinView(view, [], null, 0, me is not null, false, "ban");

        await Groups.AddToGroupAsync(Context.ConnectionId, LiveBroadcast.Group(roomId), ct);
        JoinedRooms.TryAdd(roomId, 0);
        var now = clock.GetUtcNow().UtcDateTime;
        await presence.Beat(roomId, Context.ConnectionId, now);
        if (me is { } viewer)
        {
            await ViewerVisits.Seen(db, roomId, viewer, now, ct);
            // Chat reads the stored trust level (SendChatMessage): bring it up to date once per join, not on every message.
            await accounts.TrustLevel(viewer, ct);
        }
        var recent = await db.Set<LiveMessage>().AsNoTracking()
            .Where(m => m.RoomId == roomId && m.DeletedAtUtc == null && (!m.Held || m.AuthorId == me))
            .OrderByDescending(m => m.SentAtUtc).Take(options.Value.RecentMessages).ToListAsync(ct);
        recent.Reverse();
        var pinned = room.PinnedMessageId is { } pid
            ? await db.Set<LiveMessage>().AsNoTracking().FirstOrDefaultAsync(m => m.Id == pid && m.DeletedAtUtc == null, ct)
            : null;
        var views = await reader.Messages(pinned is null ? recent : [.. recent, pinned], ct);
        return new JoinView(view, views.Take(recent.Count).ToList(), pinned is null ? null : views[^1], Math.Max(1, await presence.Count(roomId, now)),
            me is not null, RoomAccess.CanModerate(room, Context.User!), sanction?.ToString().ToLowerInvariant());
    }

    public async Task Leave(Guid roomId)
    {
        await Groups.RemoveFromGroupAsync(Context.ConnectionId, LiveBroadcast.Group(roomId));
        JoinedRooms.TryRemove(roomId, out _);
        await presence.Leave(roomId, Context.ConnectionId);
    }

    /// <summary>
    /// Sent by every page every 10 s while it is open: what the viewer count counts. Only for a room this connection
    /// joined (Join checked the room and the viewer's ban), so a beat costs no read.
    /// </summary>
    public async Task Beat(Guid roomId)
    {
        if (!JoinedRooms.ContainsKey(roomId)) return;
        var now = clock.GetUtcNow().UtcDateTime;
        await presence.Beat(roomId, Context.ConnectionId, now);
        if (Context.User?.AccountId() is { } me) await ViewerVisits.Seen(db, roomId, me, now, Context.ConnectionAborted);
    }

    public async Task<LiveActionResult> Send(Guid roomId, string? text)
    {
        var sent = await SendChatMessage.Execute(roomId, text, Context.User!, db, pipeline, accounts, chat, options, clock, Context.ConnectionAborted);
        // A held message is shown to its author only.
        if (sent.Message is { Held: true } held) await Clients.Caller.SendAsync(LiveEvents.Message, held, Context.ConnectionAborted);
        return sent.Result;
    }

    public async Task<LiveActionResult> Like(Guid roomId, int taps)
    {
        if (Context.User?.AccountId() is not { } me) return new(false, "sign_in", "Sign in to like.");
        if (await db.Set<LiveSanction>().AnyAsync(s => s.RoomId == roomId && s.AccountId == me, Context.ConnectionAborted))
            return new(false, "muted", "You cannot like in this room.");
        likes.Add(roomId, taps);
        return LiveActionResult.Done;
    }

    public async Task<LiveActionResult> PinProduct(Guid roomId, Guid? skuId) =>
        await Live.PinProduct.Execute(roomId, skuId, Context.User!, db, reader, broadcast, clock, Context.ConnectionAborted) ?? NotYours;

    public async Task<LiveActionResult> PinMessage(Guid roomId, Guid? messageId) =>
        await Live.PinMessage.Execute(roomId, messageId, Context.User!, db, reader, broadcast, clock, Context.ConnectionAborted) ?? NotYours;

    public async Task<LiveActionResult> DeleteMessage(Guid roomId, Guid messageId) =>
        await DeleteChatMessage.Execute(roomId, messageId, Context.User!, db, broadcast, clock, Context.ConnectionAborted) ?? NotYours;

    public async Task<LiveActionResult> Sanction(Guid roomId, Guid accountId, string kind) =>
        await SanctionViewer.Impose(roomId, accountId, kind, Context.User!, db, broadcast, clock, Context.ConnectionAborted) ?? NotYours;

    public async Task<LiveActionResult> LiftSanction(Guid roomId, Guid accountId) =>
        await SanctionViewer.Lift(roomId, accountId, Context.User!, db, Context.ConnectionAborted) ?? NotYours;

    public async Task<LiveActionResult> SetSlowMode(Guid roomId, int seconds)
    {
        var outcome = await ChangeRoom.Execute(roomId, new(null, null, seconds, null), Context.User!, db, broadcast, clock, Context.ConnectionAborted);
        return outcome is not { } o ? NotYours : o.Ok ? LiveActionResult.Done : new(false, "invalid_slow_mode", o.Errors!.Values.First()[0]);
    }

    /// <summary>A viewer opened a product's card: counted for the host's numbers.</summary>
    public Task ClickProduct(Guid roomId) =>
        db.Set<LiveRoom>().Where(r => r.Id == roomId).ExecuteUpdateAsync(r => r.SetProperty(x => x.ProductClicks, x => x.ProductClicks + 1),
            Context.ConnectionAborted);

    public override async Task OnDisconnectedAsync(Exception? exception)
    {
        // The count drops within the heartbeat window anyway; leaving at once keeps it honest when a tab closes.
        foreach (var roomId in JoinedRooms.Keys) await presence.Leave(roomId, Context.ConnectionId);
        await base.OnDisconnectedAsync(exception);
    }

    /// <summary>The rooms this connection joined, kept with the connection (one tab rarely holds more than one).</summary>
    private ConcurrentDictionary<Guid, byte> JoinedRooms
    {
        get
        {
            if (Context.Items.TryGetValue(JoinedKey, out var rooms)) return (ConcurrentDictionary<Guid, byte>)rooms!;
            var joined = new ConcurrentDictionary<Guid, byte>();
            Context.Items[JoinedKey] = joined;
            return joined;
        }
    }

    private const string JoinedKey = "live.joined";

    private static readonly LiveActionResult NotYours = new(false, "not_found", "There is no such room, or it is not yours to run.");
}
