using Microsoft.Extensions.Localization;
using Plaza.Web.Modules.Promotions.Contracts;
using Plaza.Web.Modules.Stores.Contracts;
using Plaza.Web.Platform.Web;

namespace Plaza.Web.Modules.Support.Assistant;

/// <summary>"Which coupons can I use?": the shopper's unused coupons valid at this store now (as checkout offers them), soonest ending first.</summary>
internal sealed class CouponsAnswer(IShopperCoupons coupons, IStoreDirectory stores, IStringLocalizer<Program> L) : IAnswerKind
{
    /// <summary>How many coupons the card lists; the store's coupon page has them all.</summary>
    public const int Shown = 5;

    public SupportIntent Intent => SupportIntent.Coupons;

    public async Task<AssistantAnswer> Answer(IntentRecognition recognition, AskContext context, CancellationToken ct)
    {
        var usable = (await coupons.Usable(context.CustomerId, context.StoreId, ct)).OrderBy(c => c.ValidUntilUtc).ToList();
        var store = await stores.Details(context.StoreId, ct);
        var zone = StoreTime.Zone(store?.TimeZone);
        var facts = usable.Take(Shown).Select(c => new AnswerFact(c.Name, string.Join(" · ", Terms(c, zone)))).ToList();
        var card = new AnswerCard(Intent.Name(), L["Your coupons at {0}", store?.Name ?? ""], facts,
            [new(L["See the store's coupons"], $"/coupons?store={context.StoreId}")]);
        var text = usable switch
        {
            [] => L["You have no coupons to use at {0} right now. The store's coupon page shows any you can claim.", store?.Name ?? ""],
            [var one] => L["You have one coupon to use at {0}: {1}, {2}, until {3}.", store?.Name ?? "", one.Name, one.Benefit(L),
                StoreTime.When(one.ValidUntilUtc, zone)],
            _ => L["You have {0} coupons to use at {1}; the first to end is {2}, {3}, until {4}.", usable.Count, store?.Name ?? "", usable[0].Name,
                usable[0].Benefit(L), StoreTime.When(usable[0].ValidUntilUtc, zone)],
        };
        return new(text, card, true);
    }

    /// <summary>What the coupon takes off, from what spend, until when, and its code: as the coupon pages put it.</summary>
    private IEnumerable<string> Terms(UsableCoupon c, TimeZoneInfo zone)
    {
        yield return c.Benefit(L);
        if (c.MinSpendMinor > 0) yield return L["when you spend at least {0}", MoneyFormat.Format(c.MinSpendMinor, c.Currency)];
        yield return L["Valid until {0}", StoreTime.When(c.ValidUntilUtc, zone)];
        yield return L["Code {0}", c.Code];
    }
}
