using Microsoft.AspNetCore.Mvc;
using Plaza.Web.Modules.Stores.Contracts;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Errors;
using Plaza.Web.Platform.Web;

namespace Plaza.Web.Modules.Catalog.Pages;

/// <summary>Change a product's words, category, prices and whether shoppers see it; add photos.</summary>
internal sealed class StaffProductEditModel(PlazaDb db, IStoreDirectory stores, PhotoStorage photos) : StaffPageModel
{
    public sealed class PriceInput
    {
        public Guid SkuId { get; set; }
        public string? Price { get; set; }
    }

    public sealed class ProductInput
    {
        public Guid? CategoryId { get; set; }
        public string? Name { get; set; }
        public string? Description { get; set; }
        public bool IsActive { get; set; }
        public List<PriceInput> Prices { get; set; } = [];
    }

    [BindProperty]
    public ProductInput Input { get; set; } = new();

    public Product? Product { get; private set; }
    public IReadOnlyList<CategoryView> Categories { get; private set; } = [];
    public string Currency { get; private set; } = "GBP";

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!await Load(id, ct)) return NotFound();
        Input = new ProductInput
        {
            CategoryId = Product!.CategoryId, Name = Product.Name, Description = Product.Description, IsActive = Product.IsActive,
            Prices = Product.Skus.Select(s => new PriceInput { SkuId = s.Id, Price = MoneyFormat.MajorText(s.PriceMinor) }).ToList(),
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (!await Load(id, ct)) return NotFound();
        var prices = new List<EditProduct.SkuPrice>();
        for (var i = 0; i < Input.Prices.Count; i++)
        {
            var minor = MoneyFormat.ToMinor(FormValues.ParseNumber(Input.Prices[i].Price), Currency);
            if (minor is null) ModelState.AddModelError($"Input.Prices[{i}].Price", "Enter the price in pounds, like 2.50.");
            prices.Add(new EditProduct.SkuPrice(Input.Prices[i].SkuId, minor));
        }
        if (!ModelState.IsValid) return Page();
        try
        {
            var outcome = await EditProduct.Execute(id,
                new EditProduct.EditProductRequest(StoreId, Input.CategoryId, Input.Name, Input.Description, Input.IsActive, prices), User, db, stores, ct);
            if (outcome is null) return NotFound();
            if (outcome.Value.Ok)
            {
                Notice("{0} is saved.", outcome.Value.Value!.Name);
                return LocalRedirect($"/staff/stores/{StoreId}/products/{id}/edit");
            }
            FormErrors.CopyErrors(outcome.Value.Errors, ModelState, rename: new Dictionary<string, string> { ["priceMinor"] = "price" });
        }
        catch (DomainException e)
        {
            ModelState.AddModelError("", e.Message);
        }
        return Page();
    }

    public async Task<IActionResult> OnPostPhotoAsync(Guid id, IFormFile? photo, CancellationToken ct)
    {
        try
        {
            var outcome = await UploadProductPhoto.Execute(id, StoreId, photo, User, db, stores, photos, ct);
            if (outcome is null) return NotFound();
            if (outcome.Value.Ok) Notice("The photo is added.");
            else Problem(outcome.Value.Errors!.First().Value.First());
        }
        catch (DomainException e)
        {
            Problem(e.Message);
        }
        return LocalRedirect($"/staff/stores/{StoreId}/products/{id}/edit#photos");
    }

    private async Task<bool> Load(Guid id, CancellationToken ct)
    {
        var terms = await stores.Terms(StoreId, ct);
        Product = await EditProduct.LoadForStaff(id, StoreId, User, db, stores, ct);
        if (terms is null || Product is null) return false;
        Currency = terms.Currency;
        Categories = await ListCategories.Load(db, ct);
        return true;
    }

    public Sku? SkuOf(Guid skuId) => Product?.Skus.FirstOrDefault(s => s.Id == skuId);
}
