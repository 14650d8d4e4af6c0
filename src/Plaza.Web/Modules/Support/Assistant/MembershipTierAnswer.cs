using Microsoft.Extensions.Localization;
using Plaza.Web.Modules.Loyalty.Contracts;
using Plaza.Web.Modules.Stores.Contracts;
using Plaza.Web.Platform.Web;

namespace Plaza.Web.Modules.Support.Assistant;

/// <summary>"What is my tier?": the tier whose benefits the shopper gets, a paid card behind it, and the growth missing for the next tier.</summary>
internal sealed class MembershipTierAnswer(ILoyaltyPoints loyalty, IStoreDirectory stores, IStringLocalizer<Program> L) : IAnswerKind
{
    public SupportIntent Intent => SupportIntent.MembershipTier;

    public async Task<AssistantAnswer> Answer(IntentRecognition recognition, AskContext context, CancellationToken ct)
    {
        var m = await loyalty.Standing(context.CustomerId, ct);
        List<AnswerFact> facts = [new(L["Tier"], L[m.Tier]), new(L["Growth value"], m.Growth.ToString("N0"))];
        string? card = null;
        if (m.CardValidUntilUtc is { } until && m.Tier != m.GrowthTier)
        {
            var zone = await stores.ZoneOf(context.StoreId, ct);
            card = L["Your membership card gives you {0} benefits until {1}; by growth value you are {2}.", L[m.Tier], StoreTime.Day(until, zone),
                L[m.GrowthTier]];
            facts.Add(new(L["Membership card until"], StoreTime.Day(until, zone)));
        }
        string next;
        if (m is { NextTier: { } up, GrowthToNext: { } missing })
        {
            next = L["{0} more growth value takes you to {1}: it comes from completed orders, daily check-ins and reviews with photos.",
                missing.ToString("N0"), L[up]];
            facts.Add(new(L["Next tier"], L["{0} more to reach {1}", missing.ToString("N0"), L[up]]));
        }
        else next = L["That is the highest tier."];
        var text = AnswerLanguage.Sentences(L["Your membership tier is {0}.", L[m.Tier]], card, next);
        return new(text, new(Intent.Name(), L["Your membership"], facts, [new(L["See your membership"], "/account/membership")]), true);
    }
}
