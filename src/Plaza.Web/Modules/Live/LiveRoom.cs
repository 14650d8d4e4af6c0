using System.Security.Cryptography;
using Plaza.Web.Platform.Errors;
using Plaza.Web.Platform.Events;

namespace Plaza.Web.Modules.Live;

/// <summary>Scheduled → Live → Ended → Replay (once the recording is ready). A room never goes back.</summary>
internal enum LiveRoomState { Scheduled, Live, Ended, Replay }

/// <summary>
/// A live selling room: a host (store staff or an approved group-buy leader of the store) shows the store's products
/// on camera at a time announced in advance. The video comes from a media server (nginx with the RTMP module) that
/// asks Plaza whether <see cref="StreamKey"/> is valid and tells it when the stream starts and stops; without a media
/// server the host starts and ends the room by hand, and chat, pins and deals work the same.
/// State changes are conditional updates (see <see cref="StartRoom"/>, <see cref="EndRoom"/>) because the media
/// server's calls and the host's button can arrive together.
/// </summary>
internal sealed class LiveRoom : IHasDomainEvents
{
    public const int TitleMax = 80, MaxProducts = 30, MaxSlowModeSeconds = 300;

    private readonly List<IDomainEvent> _events = [];

    private LiveRoom() { }

    public IReadOnlyList<IDomainEvent> DomainEvents => _events;

    public void ClearDomainEvents() => _events.Clear();

    public Guid Id { get; private set; }
    public Guid StoreId { get; private set; }
    public Guid HostAccountId { get; private set; }
    public string Title { get; private set; } = "";
    public DateTime ScheduledStartUtc { get; private set; }
    public LiveRoomState State { get; private set; }
    /// <summary>The secret the host's streaming app sends as the stream name; never shown to viewers.</summary>
    public string StreamKey { get; private set; } = "";
    public DateTime? StartedAtUtc { get; private set; }
    public DateTime? EndedAtUtc { get; private set; }
    /// <summary>0 = off; otherwise one message per this many seconds per viewer (hosts and moderators exempt).</summary>
    public int SlowModeSeconds { get; private set; }
    public Guid? PinnedSkuId { get; private set; }
    public Guid? PinnedMessageId { get; private set; }
    public long Likes { get; private set; }
    /// <summary>When a node last broadcast the like total: at most one broadcast a second across all nodes.</summary>
    public DateTime? LikesShownAtUtc { get; private set; }
    public int PeakViewers { get; private set; }
    public int ProductClicks { get; private set; }
    public DateTime CreatedAtUtc { get; private set; }
    /// <summary>The host's cover picture (a stored photo's file name); without one, lists show the first product's photo.</summary>
    public string? CoverFileName { get; private set; }
    /// <summary>While live: when the host's stream stopped. The room waits this long for it to come back (a phone losing its
    /// signal) before it ends; see <see cref="EndDroppedStreams"/>.</summary>
    public DateTime? StreamLostAtUtc { get; private set; }
    /// <summary>The recording of what was streamed so far is ready while the room still waits for its host: ending then goes
    /// straight to the replay, since no later recording will announce itself.</summary>
    public bool RecordingReady { get; private set; }

    public bool IsLive => State == LiveRoomState.Live;
    public bool HasEnded => State is LiveRoomState.Ended or LiveRoomState.Replay;

    public static LiveRoom Schedule(Guid storeId, Guid hostAccountId, string title, DateTime scheduledStartUtc, DateTime now)
    {
        if (scheduledStartUtc < now.AddMinutes(-5)) throw new DomainException("start_in_past", "A room starts now or later.");
        var room = new LiveRoom
        {
            Id = Guid.CreateVersion7(), StoreId = storeId, HostAccountId = hostAccountId, Title = title.Trim(), ScheduledStartUtc = scheduledStartUtc,
            State = LiveRoomState.Scheduled, StreamKey = NewStreamKey(), CreatedAtUtc = now,
        };
        room._events.Add(new LiveRoomScheduled(room.Id, storeId, hostAccountId, scheduledStartUtc));
        return room;
    }

    /// <returns>The cover it replaces, whose file the caller deletes once the new one is saved.</returns>
    public string? ReplaceCover(string fileName)
    {
        var old = CoverFileName;
        CoverFileName = fileName;
        return old;
    }

    /// <summary>The stream started (or the host pressed Start). False when the room is already live or over.</summary>
    public bool GoLive(DateTime now)
    {
        if (State != LiveRoomState.Scheduled) return false;
        State = LiveRoomState.Live;
        StartedAtUtc = now;
        _events.Add(new LiveRoomWentLive(Id, StoreId, HostAccountId));
        return true;
    }

    /// <summary>The host's stream stopped while live: the room stays live and waits. False when not live or already waiting.</summary>
    public bool StreamLost(DateTime now)
    {
        if (State != LiveRoomState.Live || StreamLostAtUtc is not null) return false;
        StreamLostAtUtc = now;
        return true;
    }

    /// <summary>The host's stream came back before the room ended. False when it was not waiting for one.</summary>
    public bool StreamBack()
    {
        if (State != LiveRoomState.Live || StreamLostAtUtc is null) return false;
        StreamLostAtUtc = null;
        RecordingReady = false; // the next part's recording will be announced when it ends
        return true;
    }

    /// <summary>The stream stopped (or the host pressed End). False when the room was not live.</summary>
    public bool End(DateTime now)
    {
        if (State == LiveRoomState.Scheduled)
        {
            // Called off before it began: it ends without a replay.
            State = LiveRoomState.Ended;
            EndedAtUtc = now;
            return true;
        }
        if (State != LiveRoomState.Live) return false;
        State = RecordingReady ? LiveRoomState.Replay : LiveRoomState.Ended;
        EndedAtUtc = now;
        StreamLostAtUtc = null;
        PinnedSkuId = null;
        return true;
    }

    /// <summary>The recording is ready to watch: an ended room becomes a replay; while the room waits for its host it is
    /// remembered for when the room ends. False when nothing changed.</summary>
    public bool ReplayReady()
    {
        if (State == LiveRoomState.Live && StreamLostAtUtc is not null && !RecordingReady)
        {
            RecordingReady = true;
            return true;
        }
        if (State != LiveRoomState.Ended || StartedAtUtc is null) return false;
        State = LiveRoomState.Replay;
        return true;
    }

    /// <param name="allowEnded">Only for taking a deleted person's details out of an ended room's title.</param>
    public void Change(string? title, DateTime? scheduledStartUtc, DateTime now, bool allowEnded = false)
    {
        if (HasEnded && !allowEnded) throw new DomainException("room_ended", "This room has ended.");
        if (title is not null) Title = title.Trim();
        if (scheduledStartUtc is { } start)
        {
            if (State != LiveRoomState.Scheduled) throw new DomainException("room_live", "The room is already live; its start cannot move.");
            if (start < now.AddMinutes(-5)) throw new DomainException("start_in_past", "A room starts now or later.");
            ScheduledStartUtc = start;
        }
    }

    public void SetSlowMode(int seconds)
    {
        if (seconds is < 0 or > MaxSlowModeSeconds) throw new DomainException("invalid_slow_mode", $"Slow mode is 0 (off) to {MaxSlowModeSeconds} seconds.");
        SlowModeSeconds = seconds;
    }

    public void PinProduct(Guid? skuId) => PinnedSkuId = skuId;

    public void PinMessage(Guid? messageId) => PinnedMessageId = messageId;

    /// <summary>A new secret for the host's streaming app (the old one stops working at once).</summary>
    public void RotateStreamKey() => StreamKey = NewStreamKey();

    /// <summary>Letters and digits only: streaming apps and nginx take it as a stream name as is.</summary>
    private static string NewStreamKey() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
}
