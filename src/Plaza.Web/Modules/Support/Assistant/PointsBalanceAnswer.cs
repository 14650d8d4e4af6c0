using Microsoft.Extensions.Localization;
using Plaza.Web.Modules.Loyalty.Contracts;
using Plaza.Web.Modules.Stores.Contracts;
using Plaza.Web.Platform.Web;

namespace Plaza.Web.Modules.Support.Assistant;

/// <summary>"How many points do I have?": the balance, the next points to expire and when, and the next few expiries on the card.</summary>
internal sealed class PointsBalanceAnswer(ILoyaltyPoints loyalty, IStoreDirectory stores, IStringLocalizer<Program> L) : IAnswerKind
{
    /// <summary>How many expiry dates the card lists: the soonest matter, the rest are a year away.</summary>
    public const int Expiries = 3;

    public SupportIntent Intent => SupportIntent.PointsBalance;

    public async Task<AssistantAnswer> Answer(IntentRecognition recognition, AskContext context, CancellationToken ct)
    {
        var points = await loyalty.Statement(context.CustomerId, ct);
        var zone = await stores.ZoneOf(context.StoreId, ct);
        List<AnswerFact> facts = [new(L["Balance"], L["{0} points", points.Balance])];
        facts.AddRange(points.Expiring.Take(Expiries).Select(lot => new AnswerFact(L["Expire on {0}", StoreTime.Day(lot.ExpiresAtUtc, zone)],
            L["{0} points", lot.Points])));
        var card = new AnswerCard(Intent.Name(), L["Your points"], facts, [new(L["See your points"], "/account/points")]);
        if (points.Balance == 0)
            return new(L["You have no points yet: you earn them on completed orders, daily check-ins and reviews with photos."], card, true);
        var text = points.Expiring is [var next, ..]
            ? AnswerLanguage.Sentences(L["You have {0} points.", points.Balance],
                L["The next to expire are {0} points, on {1}.", next.Points, StoreTime.Day(next.ExpiresAtUtc, zone)])
            : L["You have {0} points, and none of them expire.", points.Balance];
        return new(text, card, true);
    }
}
