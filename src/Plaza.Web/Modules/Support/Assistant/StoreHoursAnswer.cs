using Microsoft.Extensions.Localization;
using Plaza.Web.Modules.Stores.Contracts;

namespace Plaza.Web.Modules.Support.Assistant;

/// <summary>"When do you open?": the store's daily hours and whether it is open now, by the store's own clock.</summary>
internal sealed class StoreHoursAnswer(IStoreDirectory stores, TimeProvider clock, IStringLocalizer<Program> L) : IAnswerKind
{
    public SupportIntent Intent => SupportIntent.StoreHours;

    public async Task<AssistantAnswer> Answer(IntentRecognition recognition, AskContext context, CancellationToken ct)
    {
        if (await stores.Details(context.StoreId, ct) is not { } store) return StoreAnswers.Unknown(L);
        var now = clock.GetUtcNow().UtcDateTime;
        var open = store.IsOpenAt(now);
        var (opens, closes) = (store.OpensAt.ToString("HH:mm"), store.ClosesAt.ToString("HH:mm"));
        var state = open ? L["It is open now, until {0}.", closes]
            : store.TimeAt(now) < store.OpensAt ? L["It is closed now and opens today at {0}.", opens]
            : L["It is closed now and opens tomorrow at {0}.", opens];
        List<AnswerFact> facts =
        [
            new(L["Opening hours"], L["Every day, {0}–{1}", opens, closes]),
            new(L["Status"], open ? L["Open now"] : L["Closed now"]),
            new(L["Address"], store.Address),
        ];
        if (!string.IsNullOrWhiteSpace(store.Phone)) facts.Add(new(L["Phone"], store.Phone));
        var text = AnswerLanguage.Sentences(L["{0} is open every day from {1} to {2}.", store.Name, opens, closes], state);
        return new(text, new(Intent.Name(), store.Name, facts, [StoreAnswers.Visit(L, store)]), true);
    }
}
