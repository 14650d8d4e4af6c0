using System.Text.Json;
using Microsoft.Extensions.Localization;
using Plaza.Web.Modules.Stores.Contracts;
using Plaza.Web.Modules.Support.Assistant;
using Plaza.Web.Platform.Localization;

namespace Plaza.Web.Modules.Support;

/// <summary>
/// The assistant's part when a shopper writes while it owns the conversation: recognise the question, answer it from the
/// shopper's own records, or hand over to a person — when asked, when it does not understand (low confidence, or a
/// question it does not answer), or after a second answer the records could not give. It answers in the language the
/// shopper wrote in.
/// </summary>
internal sealed class AssistantTurn(IIntentRecogniser recogniser, IAssistantAnswers answers, IStoreDirectory stores, IStringLocalizer<Program> L)
{
    /// <summary>Adds the assistant's reply (and a handover marker) to <paramref name="added"/>; changes the conversation.</summary>
    public async Task Take(Conversation c, SupportMessage question, List<SupportMessage> added, DateTime now, CancellationToken ct)
    {
        var recognition = recogniser.Recognise(question.Text);
        question.Recognised(recognition.Intent.Name());
        if (recognition.Intent is not (SupportIntent.Unknown or SupportIntent.Other)) c.SpeakIn(CultureScope.ForLanguage(recognition.Language));

        if (recognition.Intent is SupportIntent.Human or SupportIntent.Unknown or SupportIntent.Other)
        {
            var reason = recognition.Intent == SupportIntent.Human ? HandoverReason.Asked : HandoverReason.NotUnderstood;
            await HandOver(c, reason, added, now, ct);
            return;
        }
        var answer = await answers.Answer(recognition, new AskContext(c.CustomerId, c.StoreId, c.Culture, c.OrderId), ct);
        added.Add(SupportMessage.FromAssistant(c.Id, answer.Text,
            answer.Card is null ? null : JsonSerializer.Serialize(answer.Card, SupportReader.Json), now));
        c.AssistantAnswered(answer.Answered, now);
        if (c.FailedAnswers >= Conversation.MaxFailedAnswers) await HandOver(c, HandoverReason.FailedTwice, added, now, ct);
    }

    /// <summary>The conversation goes to the store's people; the assistant says so, in the shopper's language, and falls silent.</summary>
    public async Task HandOver(Conversation c, HandoverReason reason, List<SupportMessage> added, DateTime now, CancellationToken ct)
    {
        if (!c.HandOver(reason, now)) return;
        var store = (await stores.Names([c.StoreId], ct)).GetValueOrDefault(c.StoreId) ?? "";
        string text;
        using (CultureScope.Use(c.Culture))
        {
            text = reason == HandoverReason.Asked
                ? L["I'm passing you to a person at {0}. They will answer here.", store]
                : L["I'm not sure I can answer that, so I'm passing you to a person at {0}. They will answer here.", store];
        }
        added.Add(SupportMessage.FromAssistant(c.Id, text, null, now));
        added.Add(SupportMessage.FromSystem(c.Id, SystemMessages.HandedOver, null, now));
    }
}

/// <summary>The codes of system messages; pages word them in their reader's language.</summary>
internal static class SystemMessages
{
    public const string HandedOver = "handed-over", Joined = "joined", Resolved = "resolved", Reopened = "reopened";
}
