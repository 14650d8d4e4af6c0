using Microsoft.Extensions.Localization;
using Plaza.Web.Modules.Ordering.Contracts;
using Plaza.Web.Modules.Payments.Contracts;
using Plaza.Web.Modules.Stores.Contracts;
using Plaza.Web.Platform.Web;

namespace Plaza.Web.Modules.Support.Assistant;

/// <summary>
/// "Has my refund arrived?": the money given back on the order, how much, when, and whether the payment service has paid it back
/// yet (Payments' record of each refund), or plainly that there is no refund on it. Without a number, the newest refunded order.
/// </summary>
internal sealed class RefundStatusAnswer(OrderChoice choice, IOrderLookup orders, IStoreDirectory stores, IStringLocalizer<Program> L) : IAnswerKind
{
    public SupportIntent Intent => SupportIntent.RefundStatus;

    public async Task<AssistantAnswer> Answer(IntentRecognition recognition, AskContext context, CancellationToken ct)
    {
        var pick = await choice.Pick(recognition, context, recent => recent.FirstOrDefault(o => o.RefundedMinor > 0), ct);
        if (pick.Instead is { } instead) return instead;
        var order = pick.Order!;
        var refunds = await orders.Refunds(context.CustomerId, order.Id, ct);
        var zone = await stores.ZoneOf(context.StoreId, ct);
        List<AnswerFact> facts = [new(L["Paid"], MoneyFormat.Format(order.TotalMinor, order.Currency))];
        facts.AddRange(refunds.Select(r => new AnswerFact(StoreTime.Day(r.RequestedAtUtc, zone),
            $"{MoneyFormat.Format(r.AmountMinor, r.Currency)} · {StateLabel(r.State)}")));
        var card = new AnswerCard(Intent.Name(), L["Refunds on order {0}", order.Number], facts, [choice.SeeOrder(order)]);
        if (refunds.Count == 0) return new(L["There is no refund on order {0}.", order.Number], card, true);

        var text = AnswerLanguage.Sentences(
            Sentence(refunds, RefundState.Settled, (sum, last) => L["{0} was paid back to you for order {1} on {2}.", sum, order.Number,
                StoreTime.Day(last.SettledAtUtc ?? last.RequestedAtUtc, zone)]),
            Sentence(refunds, RefundState.Pending, (sum, last) => L["{0} for order {1} is on its way back to you (refunded on {2}); the payment " +
                "service has not confirmed it yet.", sum, order.Number, StoreTime.Day(last.RequestedAtUtc, zone)]),
            Sentence(refunds, RefundState.Failed, (sum, _) => L["{0} for order {1} could not be paid back: ask for a person and the store " +
                "will put it right.", sum, order.Number]));
        return new(text, card, true);
    }

    /// <summary>One sentence for the refunds in <paramref name="state"/>: their sum in words and the latest of them; null when there are none.</summary>
    private static string? Sentence(IReadOnlyList<BillRefund> refunds, RefundState state, Func<string, BillRefund, string> say)
    {
        var these = refunds.Where(r => r.State == state).ToList();
        return these.Count == 0 ? null
            : say(MoneyFormat.Format(these.Sum(r => r.AmountMinor), these[0].Currency), these.MaxBy(r => r.SettledAtUtc ?? r.RequestedAtUtc)!);
    }

    private string StateLabel(RefundState state) => state switch
    {
        RefundState.Settled => L["Paid back"],
        RefundState.Pending => L["On its way back"],
        _ => L["Not paid back"],
    };
}
