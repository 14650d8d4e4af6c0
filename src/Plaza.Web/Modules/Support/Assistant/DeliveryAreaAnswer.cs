using System.Globalization;
using Microsoft.Extensions.Localization;
using Plaza.Web.Modules.Stores.Contracts;
using Plaza.Web.Platform.Web;

namespace Plaza.Web.Modules.Support.Assistant;

/// <summary>
/// "Do you deliver to me?": whether the store delivers, how far from it and for what fee, the next slot it can still book, and
/// where orders can be collected instead. Plaza records no minimum order, so none is mentioned.
/// </summary>
internal sealed class DeliveryAreaAnswer(IStoreDirectory stores, IStringLocalizer<Program> L) : IAnswerKind
{
    public SupportIntent Intent => SupportIntent.DeliveryArea;

    public async Task<AssistantAnswer> Answer(IntentRecognition recognition, AskContext context, CancellationToken ct)
    {
        if (await stores.Details(context.StoreId, ct) is not { } store) return StoreAnswers.Unknown(L);
        var points = await stores.PickupPoints(store.Id, ct);
        var zone = StoreTime.Zone(store.TimeZone);
        var facts = new List<AnswerFact>();
        string delivery;
        if (store.Delivers)
        {
            var radius = L["{0} km", (store.DeliveryRadiusMeters / 1000m).ToString("0.#", CultureInfo.CurrentCulture)];
            var fee = store.DeliveryFeeMinor == 0 ? L["Free"] : MoneyFormat.Format(store.DeliveryFeeMinor, store.Currency);
            var slots = await stores.DeliverySlots(store.Id, ct);
            facts.Add(new(L["Delivery radius"], radius));
            facts.Add(new(L["Delivery fee"], fee));
            if (slots is [var slot, ..]) facts.Add(new(L["Next delivery slot"], StoreTime.Window(slot.StartUtc, slot.EndUtc, zone)));
            delivery = store.DeliveryFeeMinor == 0
                ? L["{0} delivers free of charge to addresses within {1} of the store.", store.Name, radius]
                : L["{0} delivers to addresses within {1} of the store, for {2}.", store.Name, radius, fee];
        }
        else delivery = L["{0} does not deliver.", store.Name];
        facts.AddRange(points.Select(p => new AnswerFact(p.Name, p.Address)));
        var names = AnswerLanguage.List(points.Select(p => p.Name));
        var collect = points.Count == 0 ? null
            : store.Delivers ? L["You can also collect your order at: {0}.", names].Value : L["You can collect your order at: {0}.", names].Value;
        return new(AnswerLanguage.Sentences(delivery, collect), new(Intent.Name(), store.Name, facts, [StoreAnswers.Visit(L, store)]), true);
    }
}
