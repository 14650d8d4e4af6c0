namespace Plaza.Web.Modules.Support.Assistant;

/// <summary>Who asks, where, in which language, and what they attached (an order's card), for <see cref="IAssistantAnswers"/>.</summary>
/// <param name="Culture">The culture to answer in: "en", "es" or "zh-Hans".</param>
internal sealed record AskContext(Guid CustomerId, Guid StoreId, string Culture, Guid? AttachedOrderId);

/// <summary>One line of a card: a label and its value, already in the asker's language.</summary>
internal sealed record AnswerFact(string Label, string Value);

/// <summary>Something the shopper can do from the card: a link in Plaza (e.g. the order's page).</summary>
internal sealed record AnswerAction(string Label, string Url);

/// <summary>
/// What an answer shows besides its sentence: <paramref name="Kind"/> is the intent's name (order-status, pickup-code, ...),
/// so pages may style each kind; everything else is ready to show.
/// </summary>
internal sealed record AnswerCard(string Kind, string Title, IReadOnlyList<AnswerFact> Facts, IReadOnlyList<AnswerAction> Actions);

/// <summary>
/// The assistant's reply. <paramref name="Answered"/> is false when the records could not answer (no such order on the
/// asker's account, nothing to show): the conversation counts it as a failed answer, and a second one hands over.
/// </summary>
internal sealed record AssistantAnswer(string Text, AnswerCard? Card, bool Answered);

/// <summary>
/// Answers a recognised question from Plaza's own records, for the asker only: never another person's order, points or
/// coupons, and the same words whether an order does not exist or is someone else's. Human, Other and Unknown are not
/// asked here: the conversation hands those to a person.
/// </summary>
internal interface IAssistantAnswers
{
    Task<AssistantAnswer> Answer(IntentRecognition recognition, AskContext context, CancellationToken ct);
}
