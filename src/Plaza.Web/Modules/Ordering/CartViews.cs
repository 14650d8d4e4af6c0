namespace Plaza.Web.Modules.Ordering;

internal sealed record CartLineView(Guid SkuId, Guid ProductId, string ProductName, string SkuLabel, string? PhotoUrl,
    int Quantity, long UnitPriceMinor, long LineTotalMinor, int Stock, bool Available, Guid? SourceNoteId = null);

internal sealed record CartView(Guid StoreId, IReadOnlyList<CartLineView> Lines, long SubtotalMinor, string Currency, int ItemCount, bool CanCheckout);
