using Plaza.Web.Platform.Localization;
using Microsoft.Extensions.Localization;

namespace Plaza.Web.Modules.Support.Assistant;

/// <summary>The answer to one intent from the shopper's records (one class per intent); <see cref="AssistantAnswers"/> picks it.</summary>
internal interface IAnswerKind
{
    SupportIntent Intent { get; }

    /// <summary>Called in the asker's culture (<see cref="CultureScope"/>): L[...], dates and money come out in their language.</summary>
    Task<AssistantAnswer> Answer(IntentRecognition recognition, AskContext context, CancellationToken ct);
}

/// <summary>
/// Answers a recognised question in the asker's culture: greetings and thanks here, the data intents through their
/// <see cref="IAnswerKind"/>. Human, Other and Unknown are the conversation's to hand over, so asking here is a bug: it throws.
/// </summary>
internal sealed class AssistantAnswers(IEnumerable<IAnswerKind> kinds, IStringLocalizer<Program> L) : IAssistantAnswers
{
    private readonly Dictionary<SupportIntent, IAnswerKind> _kinds = kinds.ToDictionary(k => k.Intent);

    public async Task<AssistantAnswer> Answer(IntentRecognition recognition, AskContext context, CancellationToken ct)
    {
        using var language = CultureScope.Use(context.Culture);
        switch (recognition.Intent)
        {
            case SupportIntent.Greeting:
                return new(L["Hello! I can tell you where your order is, your pickup code, how a refund is going, your points, coupons and " +
                    "membership tier, and this store's hours and delivery. What would you like to know?"], null, true);
            case SupportIntent.Thanks:
                return new(L["You're welcome! If there is anything else, just ask."], null, true);
        }
        if (!_kinds.TryGetValue(recognition.Intent, out var kind))
            throw new ArgumentOutOfRangeException(nameof(recognition), recognition.Intent, "Human, Other and Unknown are handed over, not answered.");
        return await kind.Answer(recognition, context, ct);
    }
}
