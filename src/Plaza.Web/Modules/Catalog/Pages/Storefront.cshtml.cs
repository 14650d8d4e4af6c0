using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;
using Plaza.Web.Modules.Communities.Contracts;
using Plaza.Web.Modules.Social.Contracts;
using Plaza.Web.Modules.Stores.Contracts;
using Plaza.Web.Platform.Auth;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Web;

namespace Plaza.Web.Modules.Catalog.Pages;

/// <summary>A store's shelves (/stores/{id}): categories, search, price range, order, pages.</summary>
internal sealed class StorefrontModel(PlazaDb db, DatabaseInfo info, IStoreDirectory stores, ICommunityAccess communities, IFollowGraph follows) : PageModel
{
    public const int PageSize = 24;

    public StoreDetails Store { get; private set; } = null!;
    public IReadOnlyList<CategoryView> Categories { get; private set; } = [];
    public ProductPage Results { get; private set; } = new([], 1, PageSize, 0);
    public bool IsChosenStore { get; private set; }
    public CommunityRef? PinnedCommunity { get; private set; }
    public FollowSummary Followers { get; private set; } = new(0, 0, false);

    public string? Q { get; private set; }
    public Guid? Category { get; private set; }
    public decimal? Min { get; private set; }
    public decimal? Max { get; private set; }
    public string? Sort { get; private set; }
    public int PageNumber { get; private set; } = 1;

    public int PageCount => Math.Max(1, (Results.Total + PageSize - 1) / PageSize);
    public bool HasFilters => !string.IsNullOrEmpty(Q) || Category is not null || Min is not null || Max is not null;

    // "page" and "handler" are reserved by Razor Pages, so the page number travels as "p".
    public async Task<IActionResult> OnGetAsync(Guid id, string? q, Guid? category, decimal? min, decimal? max, string? sort, int? p, CancellationToken ct)
    {
        var store = await stores.Details(id, ct);
        if (store is null) return NotFound();
        Store = store;
        IsChosenStore = ChosenStore.Id(Request) == id;
        PinnedCommunity = await communities.PinnedForStore(id, ct);
        Followers = await follows.Summary(FollowTargetKind.Store, id, User.AccountId(), ct);
        Categories = await ListCategories.Load(db, ct);

        // A mangled category or page number in the address is ignored rather than shown as an error.
        ModelState.Remove(nameof(category));
        ModelState.Remove(nameof(p));
        Q = string.IsNullOrWhiteSpace(q) ? null : q.Trim();
        Category = category;
        Sort = sort is not null && SearchProducts.Sorts.Contains(sort) ? sort : null;
        PageNumber = p is >= 1 and <= 10_000 ? p.Value : 1;
        Min = CheckPrice("min", min);
        Max = CheckPrice("max", max);
        if (Min is not null && Max is not null && Min > Max)
            ModelState.AddModelError("max", "The highest price cannot be lower than the lowest price.");
        if (!ModelState.IsValid) return Page();

        var outcome = await SearchProducts.Execute(new SearchProducts.Query(
            id, Q, Category, MoneyFormat.ToMinor(Min, Store.Currency), MoneyFormat.ToMinor(Max, Store.Currency),
            Sort, PageNumber, PageSize), db, info, ct);
        if (!outcome.Ok)
        {
            foreach (var (field, messages) in outcome.Errors!)
                foreach (var message in messages)
                    ModelState.AddModelError(field switch { "minPrice" => "min", "maxPrice" => "max", "page" => "p", _ => field }, message);
            return Page();
        }
        Results = outcome.Value!;
        return Page();
    }

    /// <summary>A price typed in pounds: empty, or a number from 0 up to the limit.</summary>
    private decimal? CheckPrice(string key, decimal? value)
    {
        if (ModelState[key] is { Errors.Count: > 0 })
        {
            // The binder's own message is for developers; say it plainly.
            ModelState.Remove(key);
            ModelState.AddModelError(key, "Enter a price in numbers, like 2.50.");
            return null;
        }
        if (value is null) return null;
        if (value < 0 || value > MoneyFormat.MaxMajor)
        {
            ModelState.AddModelError(key, "Enter a price in numbers, like 2.50.");
            return null;
        }
        return value;
    }

    /// <summary>This page's address with the current choices, changed by <paramref name="change"/>.</summary>
    public string Link(Action<Dictionary<string, string?>>? change = null)
    {
        var query = new Dictionary<string, string?>
        {
            ["q"] = Q,
            ["category"] = Category?.ToString(),
            ["min"] = Min?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["max"] = Max?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["sort"] = Sort,
        };
        change?.Invoke(query);
        return QueryHelpers.AddQueryString($"/stores/{Store.Id}", query.Where(kv => !string.IsNullOrEmpty(kv.Value)));
    }
}
