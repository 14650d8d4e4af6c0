using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Plaza.Web.Modules.Catalog;
using Plaza.Web.Modules.Identity.Contracts;
using Plaza.Web.Modules.Reviews;
using Plaza.Web.Modules.Reviews.Pages;
using Plaza.Web.Modules.Stores.Contracts;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Pages.Stores;

/// <summary>One product as a store sells it; the form posts to the cart (/cart/add). Below it, its reviews (from every store).</summary>
internal sealed class ProductModel(PlazaDb db, IStoreDirectory directory, IAccountDirectory accounts) : PageModel
{
    /// <summary>At or below this many, the page says "Only N left".</summary>
    public const int FewLeft = 5;

    public StoreTerms Store { get; private set; } = null!;
    public ProductDetail Product { get; private set; } = null!;
    public ProductReviewsSection Reviews { get; private set; } = null!;
    public SkuView? Preselected => Product.Skus.FirstOrDefault(s => s.InStock);

    /// <summary>The note whose Buy link opened this page (<c>?note=</c>); anything that is not a note id is ignored.</summary>
    public Guid? FromNote { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid storeId, Guid id, string? note, CancellationToken ct)
    {
        FromNote = Guid.TryParse(note, out var noteId) ? noteId : null;
        var store = await directory.Terms(storeId, ct);
        if (store is null) return NotFound();
        var product = await GetProduct.Load(id, storeId, db, ct);
        if (product is null) return NotFound();
        Store = store;
        Product = product;
        Reviews = new ProductReviewsSection(await ListProductReviews.Load(id, "helpful", 1, User, db, accounts, ct), $"/stores/{storeId}/products/{id}");
        return Page();
    }
}
