using Plaza.Web.Platform.Errors;

namespace Plaza.Web.Modules.Ordering;

/// <summary>
/// A shopper's cart at one store. Anonymous visitors get one keyed by a cookie token; signing in
/// merges it into the account's cart, so nothing chosen before signing in is lost.
/// </summary>
internal sealed class Cart
{
    public const int MaxLines = 50;
    public const int MaxQuantity = 99;
    private readonly List<CartLine> _lines = [];

    private Cart() { }

    public Guid Id { get; private set; }
    public Guid StoreId { get; private set; }
    public Guid? AccountId { get; private set; }
    public string? AnonymousToken { get; private set; }
    public DateTime UpdatedAtUtc { get; private set; }
    public IReadOnlyList<CartLine> Lines => _lines;

    public static Cart ForAccount(Guid storeId, Guid accountId, DateTime now) =>
        new() { Id = Guid.CreateVersion7(), StoreId = storeId, AccountId = accountId, UpdatedAtUtc = now };

    public static Cart ForVisitor(Guid storeId, string token, DateTime now) =>
        new() { Id = Guid.CreateVersion7(), StoreId = storeId, AnonymousToken = token, UpdatedAtUtc = now };

    /// <summary>Sets a line's quantity; zero removes it.</summary>
    public void SetQuantity(Guid skuId, int quantity, DateTime now)
    {
        if (quantity is < 0 or > MaxQuantity) throw new DomainException("invalid_quantity", $"Quantity must be between 0 and {MaxQuantity}.");
        var line = _lines.FirstOrDefault(l => l.SkuId == skuId);
        if (quantity == 0)
        {
            if (line is not null) _lines.Remove(line);
        }
        else if (line is null)
        {
            if (_lines.Count >= MaxLines) throw new DomainException("cart_full", $"A cart holds at most {MaxLines} different items.");
            _lines.Add(new CartLine(Id, skuId, quantity));
        }
        else line.Quantity = quantity;
        UpdatedAtUtc = now;
    }

    /// <param name="sourceNoteId">The note the shopper came from (its buy link), if any: the line remembers the latest one.</param>
    public void Add(Guid skuId, int quantity, DateTime now, Guid? sourceNoteId = null)
    {
        var current = _lines.FirstOrDefault(l => l.SkuId == skuId)?.Quantity ?? 0;
        SetQuantity(skuId, Math.Min(MaxQuantity, current + quantity), now);
        RememberNote(skuId, sourceNoteId);
    }

    /// <summary>The line came from a note's buy link (the latest note wins); nothing happens without a line or a note.</summary>
    public void RememberNote(Guid skuId, Guid? sourceNoteId)
    {
        if (sourceNoteId is not null && _lines.FirstOrDefault(l => l.SkuId == skuId) is { } line) line.SourceNoteId = sourceNoteId;
    }

    /// <summary>Takes over a visitor cart's lines after sign-in; quantities add up, capped.</summary>
    public void MergeFrom(Cart other, DateTime now)
    {
        foreach (var line in other.Lines)
            if (_lines.Count < MaxLines || _lines.Any(l => l.SkuId == line.SkuId))
                Add(line.SkuId, line.Quantity, now, line.SourceNoteId);
    }

    public void Remove(IEnumerable<Guid> skuIds, DateTime now)
    {
        var set = skuIds.ToHashSet();
        _lines.RemoveAll(l => set.Contains(l.SkuId));
        UpdatedAtUtc = now;
    }
}

internal sealed class CartLine
{
    private CartLine() { }

    public CartLine(Guid cartId, Guid skuId, int quantity)
    {
        CartId = cartId;
        SkuId = skuId;
        Quantity = quantity;
    }

    public Guid CartId { get; private set; }
    public Guid SkuId { get; private set; }
    public int Quantity { get; internal set; }
    /// <summary>The note whose buy link put this item in the cart; checked only when the order is placed.</summary>
    public Guid? SourceNoteId { get; internal set; }
}
