using Plaza.Web.Modules.Catalog.Contracts;
using Plaza.Web.Modules.Stores.Contracts;

namespace Plaza.Web.Modules.Notes.Pages;

/// <summary>A product shown in the picker: a checkbox whose value is <c>storeId:productId</c>.</summary>
internal sealed record PickedProduct(Guid StoreId, Guid ProductId, string Name, long PriceMinor, string Currency)
{
    public string Value => $"{StoreId}:{ProductId}";
}

/// <summary>What the picker partial shows: the ticked products, and the matches of the last search (unticked).</summary>
internal sealed record PickerView(IReadOnlyList<PickedProduct> Tagged, IReadOnlyList<PickedProduct> Results, string? Query, string? StoreName, bool Searched);

/// <summary>
/// The product picker of the note forms, without JavaScript: ticked products travel as checkboxes
/// (<c>Input.Tags</c> = <c>storeId:productId</c>); "Search" submits the whole form, so the draft is kept,
/// and lists the chosen store's matching products as more checkboxes.
/// </summary>
internal static class ProductPicker
{
    public const int MaxResults = 10;

    /// <returns>The tags, or null when a value is not <c>storeId:productId</c>.</returns>
    public static List<TagRequest>? Parse(IEnumerable<string>? values)
    {
        var tags = new List<TagRequest>();
        foreach (var value in values ?? [])
        {
            var parts = (value ?? "").Split(':');
            if (parts.Length != 2 || !Guid.TryParse(parts[0], out var store) || !Guid.TryParse(parts[1], out var product)) return null;
            var tag = new TagRequest(product, store);
            if (!tags.Contains(tag)) tags.Add(tag);
        }
        return tags;
    }

    /// <summary>The picker for these tags and, when <paramref name="query"/> was submitted, the chosen store's matches.</summary>
    public static async Task<PickerView> View(IReadOnlyList<TagRequest> tags, string? query, bool searched, HttpRequest request,
        IProductSummaries products, IStoreDirectory stores, CancellationToken ct)
    {
        var tagged = new List<PickedProduct>();
        foreach (var t in tags.Take(Note.MaxProducts * 2))
            if (await products.Find(t.StoreId, t.ProductId, ct) is { } p) tagged.Add(new PickedProduct(t.StoreId, p.Id, p.Name, p.FromPriceMinor, p.Currency));

        var storeId = ChosenStore.Id(request) ?? (tags is [var first, ..] ? first.StoreId : null);
        var store = storeId is { } s ? await stores.Terms(s, ct) : null;
        var results = new List<PickedProduct>();
        if (searched && store is not null && !string.IsNullOrWhiteSpace(query))
            foreach (var p in await products.Search(store.Id, query, MaxResults, ct))
                if (!tagged.Any(t => t.StoreId == store.Id && t.ProductId == p.Id))
                    results.Add(new PickedProduct(store.Id, p.Id, p.Name, p.FromPriceMinor, p.Currency));
        return new PickerView(tagged, results, query, store?.Name, searched);
    }
}
