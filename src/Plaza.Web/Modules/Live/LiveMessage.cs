namespace Plaza.Web.Modules.Live;

/// <summary>
/// One chat message. Kept (not only broadcast) so late joiners see the recent chat, the replay can play it back in
/// step with the video, and a moderator can delete it for everyone. The author's name is looked up when shown, never
/// copied here, so deleting an account leaves no name behind.
/// </summary>
internal sealed class LiveMessage
{
    public const int TextMax = 300;

    private LiveMessage() { }

    public Guid Id { get; private set; }
    public Guid RoomId { get; private set; }
    public Guid AuthorId { get; private set; }
    public string Text { get; private set; } = "";
    public DateTime SentAtUtc { get; private set; }
    /// <summary>The content pipeline held it for a moderator: only its author sees it.</summary>
    public bool Held { get; private set; }
    public DateTime? DeletedAtUtc { get; private set; }
    public Guid? DeletedBy { get; private set; }

    public static LiveMessage Post(Guid roomId, Guid authorId, string text, bool held, DateTime now) =>
        new() { Id = Guid.CreateVersion7(), RoomId = roomId, AuthorId = authorId, Text = text, Held = held, SentAtUtc = now };

    /// <summary>The same message with what named a deleted person taken out (privacy, ADR 0023).</summary>
    public void Redact(string text) => Text = text;

    public void Delete(Guid by, DateTime now)
    {
        if (DeletedAtUtc is not null) return;
        DeletedAtUtc = now;
        DeletedBy = by;
    }
}
