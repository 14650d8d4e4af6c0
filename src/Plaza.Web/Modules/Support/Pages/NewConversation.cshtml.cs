using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Plaza.Web.Modules.Catalog.Contracts;
using Plaza.Web.Modules.Ordering.Contracts;
using Plaza.Web.Modules.Stores.Contracts;
using Plaza.Web.Platform.Auth;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Web;

namespace Plaza.Web.Modules.Support.Pages;

/// <summary>
/// /support/new: ask a store (the one in the link, else the shopper's chosen store), about an order or a product when the
/// link came from one. Common questions are one tap each; anything else is typed.
/// </summary>
[Authorize]
internal sealed class NewConversationModel(PlazaDb db, IStoreDirectory stores, IOrderAmounts orders, IOrderLookup lookup, IProductSummaries products,
    PostCustomerMessage post, SupportNews news, TimeProvider clock) : PageModel
{
    public StoreTerms? Store { get; private set; }
    public string? OrderNumber { get; private set; }
    public string? ProductName { get; private set; }

    /// <summary>One tap each: the questions shoppers ask most, in the page's language (the assistant reads all three).</summary>
    public static readonly string[] Suggestions =
    [
        "Where is my order?", "What is my pickup code?", "Has my refund arrived?", "How many points do I have?", "Which coupons can I use?",
        "When are you open?",
    ];

    public async Task<IActionResult> OnGetAsync(Guid? storeId, Guid? orderId, Guid? productId, CancellationToken ct)
    {
        await Load(storeId, orderId, productId, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid? storeId, Guid? orderId, Guid? productId, string? text, CancellationToken ct)
    {
        await Load(storeId, orderId, productId, ct);
        if (Store is null) return Page();
        var outcome = await OpenConversation.Execute(new OpenConversation.OpenRequest(Store.Id, OrderNumber is null ? null : orderId,
            ProductName is null ? null : productId, text), User, db, stores, orders, products, post, news, clock, ct);
        if (outcome is not { Ok: true } o)
        {
            TempData.Problem(outcome?.Errors?.Values.First()[0] ?? "There is no such store.");
            return LocalRedirect(Request.Path + Request.QueryString);
        }
        return LocalRedirect($"/support/{o.Value!.Id}");
    }

    private async Task Load(Guid? storeId, Guid? orderId, Guid? productId, CancellationToken ct)
    {
        var id = storeId ?? ChosenStore.Id(Request);
        Store = id is { } s ? await stores.Terms(s, ct) : null;
        if (Store is null) return;
        // Only the shopper's own order at this store is attached; anything else is quietly left out.
        if (orderId is { } o && await lookup.Find(User.RequiredAccountId(), o, ct) is { } order && order.StoreId == Store.Id) OrderNumber = order.Number;
        if (productId is { } p && await products.Find(Store.Id, p, ct) is { } product) ProductName = product.Name;
    }
}
