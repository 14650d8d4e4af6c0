using Microsoft.AspNetCore.SignalR;

namespace Plaza.Web.Modules.Live;

/// <summary>
/// The events the hub sends to the browsers in a room, by name (documented in the README). SignalR's typed clients would
/// generate a proxy at run time, which cannot implement an interface internal to this assembly; names keep it plain.
/// </summary>
internal static class LiveEvents
{
    public const string State = "State", Message = "Message", MessageDeleted = "MessageDeleted", PinnedProduct = "PinnedProduct";
    public const string PinnedMessage = "PinnedMessage", Likes = "Likes", Viewers = "Viewers", SlowMode = "SlowMode";
    /// <summary>Chat messages in the order they were accepted, a batch at a time (<see cref="ChatBatcher"/>).</summary>
    public const string Messages = "Messages";
    /// <summary>Sent to the person sanctioned, on every tab and node: the room and "mute" or "ban".</summary>
    public const string Sanctioned = "Sanctioned";
    /// <summary>A live deal opened, or its units left changed.</summary>
    public const string Deal = "Deal";
    /// <summary>(dropped): the host's video stopped and the room waits for it (true), or it came back (false).</summary>
    public const string Video = "Video";
}

/// <summary>
/// Sends to a room's viewers from anywhere (hub calls, API endpoints, nginx callbacks, timers). With Redis configured
/// the SignalR backplane carries each send to the viewers on every node.
/// </summary>
internal sealed class LiveBroadcast(IHubContext<LiveHub> hub)
{
    public static string Group(Guid roomId) => $"live:{roomId}";

    private IClientProxy Room(Guid roomId) => hub.Clients.Group(Group(roomId));

    public Task Video(LiveRoom room) => Room(room.Id).SendAsync(LiveEvents.Video, room.StreamLostAtUtc is not null);

    public Task State(LiveRoom room) => Room(room.Id).SendAsync(LiveEvents.State, room.State, room.StartedAtUtc, room.EndedAtUtc);

    public Task Messages(Guid roomId, IReadOnlyList<ChatMessageView> messages) => Room(roomId).SendAsync(LiveEvents.Messages, messages);

    public Task MessageDeleted(Guid roomId, Guid messageId) => Room(roomId).SendAsync(LiveEvents.MessageDeleted, messageId);

    public Task PinnedProduct(Guid roomId, ProductCardView? card) => Room(roomId).SendAsync(LiveEvents.PinnedProduct, card);

    public Task PinnedMessage(Guid roomId, ChatMessageView? message) => Room(roomId).SendAsync(LiveEvents.PinnedMessage, message);

    public Task Likes(Guid roomId, long total) => Room(roomId).SendAsync(LiveEvents.Likes, total);

    public Task Viewers(Guid roomId, int count) => Room(roomId).SendAsync(LiveEvents.Viewers, count);

    public Task Deal(Guid roomId, OpenDeal.LiveDealView deal) => Room(roomId).SendAsync(LiveEvents.Deal, deal);

    public Task SlowMode(Guid roomId, int seconds) => Room(roomId).SendAsync(LiveEvents.SlowMode, seconds);

    public Task Sanctioned(Guid roomId, Guid accountId, LiveSanctionKind kind) =>
        hub.Clients.User(accountId.ToString()).SendAsync(LiveEvents.Sanctioned, roomId, kind.ToString().ToLowerInvariant());
}
