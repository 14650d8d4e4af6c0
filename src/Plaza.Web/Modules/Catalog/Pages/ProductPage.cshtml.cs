using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Plaza.Web.Modules.Catalog.Contracts;
using Plaza.Web.Modules.Stores.Contracts;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Catalog.Pages;

/// <summary>
/// One product as a store sells it; the form posts to the cart (/cart/add). Other modules add their sections (a flash sale,
/// team and bargain offers, the product's reviews from every store) as registered <see cref="ProductPageSection"/>s.
/// </summary>
internal sealed class ProductPageModel(PlazaDb db, IStoreDirectory directory, IEnumerable<ProductPageSection> sections) : PageModel
{
    /// <summary>At or below this many, the page says "Only N left".</summary>
    public const int FewLeft = 5;

    public StoreTerms Store { get; private set; } = null!;
    public ProductDetail Product { get; private set; } = null!;
    public SkuView? Preselected => Product.Skus.FirstOrDefault(s => s.InStock);

    /// <summary>The note whose Buy link opened this page (<c>?note=</c>); anything that is not a note id is ignored.</summary>
    public Guid? FromNote { get; private set; }

    public IEnumerable<ProductPageSection> Sections(ProductPageSlot slot) =>
        sections.Where(s => s.Slot == slot).OrderBy(s => s.Order).ThenBy(s => s.ViewComponentName, StringComparer.Ordinal);

    public async Task<IActionResult> OnGetAsync(Guid storeId, Guid id, string? note, CancellationToken ct)
    {
        FromNote = Guid.TryParse(note, out var noteId) ? noteId : null;
        var store = await directory.Terms(storeId, ct);
        if (store is null) return NotFound();
        var product = await GetProduct.Load(id, storeId, db, ct);
        if (product is null) return NotFound();
        Store = store;
        Product = product;
        return Page();
    }
}
