using Microsoft.EntityFrameworkCore;
using Plaza.Web.Modules.Notifications.Contracts;
using Plaza.Web.Modules.Social.Contracts;
using Plaza.Web.Modules.Stores.Contracts;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Events;

namespace Plaza.Web.Modules.Live;

/// <summary>
/// Followers of the store and of the host hear that a room was announced and when it goes live; shoppers who pressed
/// "Remind me" hear when it goes live. Runs from the outbox after the change committed; the notifier keeps one
/// notification per person and event, so a second delivery sends nothing twice.
/// </summary>
internal sealed class NotifyLiveRoomFollowers(PlazaDb db, IFollowGraph follows, IStoreDirectory stores, INotifier notifier)
    : IEventHandler<LiveRoomScheduled>, IEventHandler<LiveRoomWentLive>
{
    /// <summary>A store with more followers than this reaches them through the feed and the /live page instead.</summary>
    public const int MaxRecipients = 5000;

    public async Task Handle(LiveRoomScheduled e, Guid eventId, CancellationToken ct) =>
        await Notify(await Followers(e.StoreId, e.HostAccountId, ct), LiveNotificationKinds.ScheduledName, e.RoomId, e.StoreId, eventId, ct);

    public async Task Handle(LiveRoomWentLive e, Guid eventId, CancellationToken ct)
    {
        var reminded = await db.Set<LiveReminder>().AsNoTracking().Where(r => r.RoomId == e.RoomId).Select(r => r.AccountId).ToListAsync(ct);
        var everyone = (await Followers(e.StoreId, e.HostAccountId, ct)).Concat(reminded).Distinct().ToList();
        await Notify(everyone, LiveNotificationKinds.LiveName, e.RoomId, e.StoreId, eventId, ct);
    }

    private async Task<IReadOnlyList<Guid>> Followers(Guid storeId, Guid hostId, CancellationToken ct) =>
        (await follows.Followers(FollowTargetKind.Store, storeId, MaxRecipients, ct))
            .Concat(await follows.Followers(FollowTargetKind.Person, hostId, MaxRecipients, ct))
            .Where(id => id != hostId).Distinct().ToList();

    private async Task Notify(IReadOnlyList<Guid> recipients, string kind, Guid roomId, Guid storeId, Guid eventId, CancellationToken ct)
    {
        if (recipients.Count == 0) return;
        var title = await db.Set<LiveRoom>().AsNoTracking().Where(r => r.Id == roomId).Select(r => r.Title).FirstOrDefaultAsync(ct);
        if (title is null) return;
        var store = (await stores.Names([storeId], ct)).GetValueOrDefault(storeId) ?? "";
        var data = new Dictionary<string, string> { ["store"] = store, ["title"] = title };
        foreach (var person in recipients) await notifier.Notify(person, kind, eventId, roomId, data, $"/live/{roomId}", ct);
    }
}
