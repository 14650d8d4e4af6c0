using Plaza.Web.Modules.Catalog.Contracts;

namespace Plaza.Web.Modules.Live;

/// <summary>A product card as every viewer sees it: the store's price and stock now, never a stale copy.</summary>
internal sealed record ProductCardView(Guid SkuId, Guid ProductId, string Name, string SkuLabel, long PriceMinor, string Currency, int Stock, bool Available,
    string? PhotoUrl)
{
    public static ProductCardView From(SkuOffer o) => new(o.SkuId, o.ProductId, o.ProductName, o.SkuLabel, o.PriceMinor, o.Currency, o.Stock, o.Available,
        o.PhotoUrl);
}

/// <param name="VideoUrl">The HLS playlist to play now: live while live, the recording once the replay is ready; null otherwise or
/// when no media server is connected (<paramref name="VideoConnected"/> false).</param>
/// <param name="VideoDropped">Live, but the host's stream stopped and the room waits for it to come back.</param>
internal sealed record LiveRoomView(Guid Id, Guid StoreId, string StoreName, string StoreTimeZone, Guid HostAccountId, string HostName, string Title,
    LiveRoomState State, DateTime ScheduledStartUtc, DateTime? StartedAtUtc, DateTime? EndedAtUtc, int SlowModeSeconds, long Likes, string? CoverUrl,
    IReadOnlyList<ProductCardView> Products, Guid? PinnedSkuId, bool VideoConnected, string? VideoUrl, bool VideoDropped);

/// <summary>What only the host sees: where to stream and the secret key.</summary>
internal sealed record LiveHostView(LiveRoomView Room, string StreamKey, string? RtmpUrl);

internal sealed record ChatMessageView(Guid Id, Guid AuthorId, string AuthorName, string Text, DateTime SentAtUtc, bool Held)
{
    /// <param name="authorName">The author's name now, or "" for a deleted account.</param>
    public static ChatMessageView Of(LiveMessage m, string authorName) => new(m.Id, m.AuthorId, authorName, m.Text, m.SentAtUtc, m.Held);
}

/// <summary>What a viewer who joins receives: the room, the recent chat, the pinned message and what they may do.</summary>
internal sealed record JoinView(LiveRoomView Room, IReadOnlyList<ChatMessageView> Messages, ChatMessageView? PinnedMessage, int Viewers, bool SignedIn,
    bool CanModerate, string? Sanction);

/// <summary>How a hub call went: ok, or a stable code and a message in plain words (and when to try again, for pace limits).</summary>
internal sealed record LiveActionResult(bool Ok, string? Code = null, string? Message = null, int? RetryAfterSeconds = null)
{
    public static readonly LiveActionResult Done = new(true);
}
