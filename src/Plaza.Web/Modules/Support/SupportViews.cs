using Plaza.Web.Modules.Support.Assistant;
using Plaza.Web.Modules.Support.ServiceLevels;

namespace Plaza.Web.Modules.Support;

/// <summary>One message as the API, the hub and the pages show it. <c>Internal</c> ones (notes) reach the store's people only.</summary>
/// <param name="Text">For <see cref="MessageAuthor.System"/> a code the page words in its reader's language: handed-over, joined, resolved.</param>
internal sealed record SupportMessageView(Guid Id, Guid ConversationId, MessageAuthor Author, Guid? AuthorId, string? AuthorName, string Text,
    AnswerCard? Card, string? PhotoUrl, bool Internal, DateTime SentAtUtc);

/// <summary>A conversation as its shopper and the store's people see it (the customer's name and the service level only to the store).</summary>
internal sealed record ConversationView(Guid Id, Guid StoreId, string StoreName, Guid CustomerId, string? CustomerName, Guid? OrderId,
    Guid? ProductId, ConversationStatus Status, ConversationHandler Handler, Guid? AssigneeId, string? AssigneeName, DateTime CreatedAtUtc,
    DateTime LastMessageAtUtc, DateTime? HandedOverAtUtc, DateTime? FirstResponseAtUtc, DateTime? SnoozedUntilUtc, DateTime? ResolvedAtUtc,
    DateTime? CustomerReadAtUtc, DateTime? AgentReadAtUtc, int? Rating, string? RatingComment, ServiceLevel? ServiceLevel);

/// <summary>A conversation with its messages, oldest first.</summary>
internal sealed record ConversationDetail(ConversationView Conversation, IReadOnlyList<SupportMessageView> Messages);
