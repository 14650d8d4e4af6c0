namespace Plaza.Web.Modules.Support;

/// <summary>Who wrote a message: the shopper, the assistant, a person at the store, or Plaza itself (someone joined, handed over).</summary>
internal enum MessageAuthor { Customer, Assistant, Agent, System }

/// <summary>
/// One message of a conversation. The assistant's answers keep their card (as JSON, already in the asker's language); an
/// internal note is seen by the store's people only. The author's name is looked up when shown, never copied here.
/// </summary>
internal sealed class SupportMessage
{
    public const int TextMax = 2000;

    private SupportMessage() { }

    public Guid Id { get; private set; }
    public Guid ConversationId { get; private set; }
    /// <summary>The message's place in its conversation (1, 2, …): several written in one moment still read in order.</summary>
    public int Seq { get; private set; }
    public MessageAuthor Author { get; private set; }
    public Guid? AuthorId { get; private set; }
    public string Text { get; private set; } = "";
    /// <summary>The assistant's card (<see cref="Assistant.AnswerCard"/> as JSON), or a system message's details.</summary>
    public string? CardJson { get; private set; }
    /// <summary>The intent the assistant recognised in a customer's message (its name), for the dashboard and for learning.</summary>
    public string? Intent { get; private set; }
    public string? PhotoFileName { get; private set; }
    public bool Internal { get; private set; }
    public DateTime SentAtUtc { get; private set; }

    public static SupportMessage FromCustomer(Guid conversationId, Guid customerId, string text, string? photo, DateTime now) =>
        New(conversationId, MessageAuthor.Customer, customerId, text, now, photo: photo);

    public static SupportMessage FromAssistant(Guid conversationId, string text, string? cardJson, DateTime now) =>
        New(conversationId, MessageAuthor.Assistant, null, text, now, cardJson);

    public static SupportMessage FromAgent(Guid conversationId, Guid agentId, string text, bool isInternal, string? photo, DateTime now) =>
        New(conversationId, MessageAuthor.Agent, agentId, text, now, photo: photo, isInternal: isInternal);

    /// <param name="what">A stable code the page shows in the reader's language (handed-over, joined, resolved...).</param>
    public static SupportMessage FromSystem(Guid conversationId, string what, Guid? aboutId, DateTime now) =>
        New(conversationId, MessageAuthor.System, aboutId, what, now);

    public void Recognised(string intent) => Intent = intent;

    public void Place(int seq) => Seq = seq;

    /// <summary>The same message with what named a deleted person taken out (privacy, ADR 0023).</summary>
    public void Redact(string text) => Text = text;

    private static SupportMessage New(Guid conversationId, MessageAuthor author, Guid? authorId, string text, DateTime now, string? cardJson = null,
        string? photo = null, bool isInternal = false) => new()
    {
        Id = Guid.CreateVersion7(), ConversationId = conversationId, Author = author, AuthorId = authorId, Text = text, CardJson = cardJson,
        PhotoFileName = photo, Internal = isInternal, SentAtUtc = now,
    };
}
