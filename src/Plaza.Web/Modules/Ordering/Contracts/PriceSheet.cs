namespace Plaza.Web.Modules.Ordering.Contracts;

/// <summary>One line being priced: the catalog's price, the price after stages 1–2, and its share of order discounts.</summary>
internal sealed class PriceSheetLine(Guid skuId, Guid productId, Guid? categoryId, string productName, string skuLabel, int quantity, long listUnitPriceMinor)
{
    public Guid SkuId { get; } = skuId;
    public Guid ProductId { get; } = productId;
    public Guid? CategoryId { get; } = categoryId;
    public string ProductName { get; } = productName;
    public string SkuLabel { get; } = skuLabel;
    public int Quantity { get; } = quantity;
    public long ListUnitPriceMinor { get; } = listUnitPriceMinor;
    public long UnitPriceMinor { get; internal set; } = listUnitPriceMinor;
    /// <summary>This line's share of coupon and points discounts (stages 3–4), for the whole quantity.</summary>
    public long DiscountMinor { get; internal set; }
    public long NetMinor => checked(UnitPriceMinor * Quantity) - DiscountMinor;
}

/// <summary>One line of the breakdown the shopper sees: negative amounts are savings.</summary>
internal sealed record PriceAdjustment(PriceStage Stage, string Kind, string Label, Guid? SkuId, long AmountMinor, Guid? Reference);

/// <summary>
/// The worksheet every <see cref="IPriceRule"/> writes on. Unit prices only go down; a discount never
/// takes what it applies to below zero, so a total can never be negative. Labels are English text the
/// pages translate (keep them in the resource files).
/// </summary>
internal sealed class PriceSheet
{
    private readonly List<PriceSheetLine> _lines;
    private readonly List<PriceAdjustment> _adjustments = [];
    private readonly Dictionary<Guid, (long Price, string Kind, string Label, Guid? Reference)> _offered = [];
    private readonly Dictionary<string, string> _refusals = [];

    public PriceSheet(Guid storeId, Guid? customerId, string currency, DateTime nowUtc, PricingChoices choices, IReadOnlyList<PriceSheetLine> lines,
        long deliveryFeeMinor)
    {
        StoreId = storeId;
        CustomerId = customerId;
        Currency = currency;
        NowUtc = nowUtc;
        Choices = choices;
        _lines = [.. lines];
        DeliveryFeeMinor = OriginalDeliveryFeeMinor = deliveryFeeMinor;
    }

    public Guid StoreId { get; }
    /// <summary>Null for a visitor asking for a quote before signing in.</summary>
    public Guid? CustomerId { get; }
    public string Currency { get; }
    public DateTime NowUtc { get; }
    public PricingChoices Choices { get; }
    public PriceStage Stage { get; internal set; } = PriceStage.MemberPrice;
    public IReadOnlyList<PriceSheetLine> Lines => _lines;
    public IReadOnlyList<PriceAdjustment> Adjustments => _adjustments;
    public IReadOnlyDictionary<string, string> Refusals => _refusals;
    /// <summary>Set by the module that owns <see cref="PricingChoices.Offer"/> when it recognises it.</summary>
    public bool OfferRecognised { get; private set; }
    public long OriginalDeliveryFeeMinor { get; }
    public long DeliveryFeeMinor { get; private set; }

    public long SubtotalMinor => _lines.Sum(l => checked(l.ListUnitPriceMinor * l.Quantity));
    public long NetMinor(Func<PriceSheetLine, bool>? eligible = null) => _lines.Where(eligible ?? (_ => true)).Sum(l => l.NetMinor);
    public long TotalMinor => NetMinor() + DeliveryFeeMinor;

    public void RecogniseOffer() => OfferRecognised = true;

    /// <summary>A choice cannot be honoured (an expired coupon, more points than the shopper has): 400 naming <paramref name="field"/>.</summary>
    public void Refuse(string field, string message) => _refusals.TryAdd(field, message);

    /// <summary>
    /// Stages 1–2: offer a lower unit price for a line. Of all offers in one stage the lowest wins; an
    /// offer that is not below the price the line already has is ignored.
    /// </summary>
    public void OfferUnitPrice(Guid skuId, long unitPriceMinor, string kind, string label, Guid? reference = null)
    {
        if (Stage is not (PriceStage.MemberPrice or PriceStage.SpecialPrice))
            throw new InvalidOperationException("Unit prices are offered in the member-price and special-price stages only.");
        ArgumentOutOfRangeException.ThrowIfNegative(unitPriceMinor);
        if (_offered.TryGetValue(skuId, out var best) && best.Price <= unitPriceMinor) return;
        _offered[skuId] = (unitPriceMinor, kind, label, reference);
    }

    /// <summary>Whether a line's price in this sheet came from the given kind of offer (e.g. a flash sale), and its reference.</summary>
    public bool Won(Guid skuId, string kind, out Guid? reference)
    {
        var hit = _adjustments.LastOrDefault(a => a.SkuId == skuId && a.Kind == kind);
        reference = hit?.Reference;
        return hit is not null;
    }

    /// <summary>
    /// Stages 3–4: take up to <paramref name="amountMinor"/> off the eligible lines, shared in proportion
    /// to what each line costs now (largest remainder, so the shares add up exactly).
    /// </summary>
    /// <returns>What was actually taken off: never more than the eligible lines cost now.</returns>
    public long Discount(long amountMinor, string kind, string label, Guid? reference = null, Func<PriceSheetLine, bool>? eligible = null)
    {
        if (Stage is not (PriceStage.Coupon or PriceStage.Points))
            throw new InvalidOperationException("Discounts are given in the coupon and points stages only.");
        var lines = _lines.Where(eligible ?? (_ => true)).Where(l => l.NetMinor > 0).ToList();
        var basis = lines.Sum(l => l.NetMinor);
        var amount = Math.Min(Math.Max(amountMinor, 0), basis);
        if (amount == 0) return 0;
        var shares = lines.Select(l => (Line: l, Exact: (decimal)amount * l.NetMinor / basis)).ToList();
        var given = shares.Select(s => (long)decimal.Floor(s.Exact)).ToArray();
        var left = amount - given.Sum();
        foreach (var i in Enumerable.Range(0, shares.Count).OrderByDescending(i => shares[i].Exact - given[i]).ThenBy(i => i).Take((int)left))
            given[i]++;
        for (var i = 0; i < shares.Count; i++) shares[i].Line.DiscountMinor += given[i];
        _adjustments.Add(new PriceAdjustment(Stage, kind, label, null, -amount, reference));
        return amount;
    }

    /// <summary>A benefit such as a member's free delivery above a threshold.</summary>
    public void WaiveDeliveryFee(string kind, string label, Guid? reference = null)
    {
        if (DeliveryFeeMinor == 0) return;
        _adjustments.Add(new PriceAdjustment(Stage, kind, label, null, -DeliveryFeeMinor, reference));
        DeliveryFeeMinor = 0;
    }

    /// <summary>Ordering calls this after each of stages 1–2: the best offer per line becomes its price.</summary>
    internal void SettleUnitPrices()
    {
        foreach (var line in _lines)
        {
            if (!_offered.TryGetValue(line.SkuId, out var best) || best.Price >= line.UnitPriceMinor) continue;
            _adjustments.Add(
                new PriceAdjustment(Stage, best.Kind, best.Label, line.SkuId, checked((best.Price - line.UnitPriceMinor) * line.Quantity), best.Reference));
            line.UnitPriceMinor = best.Price;
        }
        _offered.Clear();
    }
}
