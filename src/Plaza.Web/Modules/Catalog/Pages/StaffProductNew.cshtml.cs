using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc;
using Plaza.Web.Modules.Stores.Contracts;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Errors;
using Plaza.Web.Platform.Web;

namespace Plaza.Web.Modules.Catalog.Pages;

/// <summary>Add a product with up to four options (SKUs), listed in this store with opening stock.</summary>
internal sealed partial class StaffProductNewModel(PlazaDb db, IStoreDirectory stores, TimeProvider clock) : StaffPageModel
{
    public const int Rows = 4;

    public sealed class SkuInput
    {
        public string? Code { get; set; }
        public string? Label { get; set; }
        public string? Price { get; set; }
        public string? Stock { get; set; }
        public bool IsEmpty =>
            string.IsNullOrWhiteSpace(Code) && string.IsNullOrWhiteSpace(Label) && string.IsNullOrWhiteSpace(Price) && string.IsNullOrWhiteSpace(Stock);
    }

    public sealed class ProductInput
    {
        public Guid? CategoryId { get; set; }
        public string? Name { get; set; }
        public string? Description { get; set; }
        public List<SkuInput> Skus { get; set; } = [];
    }

    [BindProperty]
    public ProductInput Input { get; set; } = new();

    public IReadOnlyList<CategoryView> Categories { get; private set; } = [];
    public StoreTerms? Store { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await Load(ct)) return NotFound();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await Load(ct)) return NotFound();
        // Only the rows that were filled in go to the use case; remember which form row each one was.
        var filled = Input.Skus.Select((s, i) => (Sku: s, Row: i)).Where(x => !x.Sku.IsEmpty).ToList();
        var skus = new List<CreateProduct.SkuInput>();
        foreach (var (sku, row) in filled)
        {
            var price = MoneyFormat.ToMinor(FormValues.ParseNumber(sku.Price), Store!.Currency);
            if (price is null) ModelState.AddModelError($"Input.Skus[{row}].Price", "Enter the price in pounds, like 2.50.");
            // Unreadable numbers go on as out-of-range values, so the use case refuses them too and saves nothing.
            int? stock = string.IsNullOrWhiteSpace(sku.Stock) ? 0 : int.TryParse(sku.Stock, out var n) ? n : -1;
            if (stock == -1) ModelState.AddModelError($"Input.Skus[{row}].Stock", "Enter the stock as a whole number, like 12.");
            skus.Add(new CreateProduct.SkuInput(sku.Code?.Trim(), sku.Label?.Trim(), price, stock));
        }
        if (filled.Count == 0) ModelState.AddModelError("Input.Skus[0].Code", "Fill in at least one option: code, name and price.");
        // Go on to the use case even so, so every problem on the form shows at once (it saves nothing while any remains).

        try
        {
            var outcome = await CreateProduct.Execute(new CreateProduct.CreateProductRequest(StoreId, Input.CategoryId, Input.Name, Input.Description, skus),
                User, db, stores, clock, ct);
            if (outcome is null) return NotFound();
            if (outcome.Value.Ok)
            {
                Notice("{0} is added. You can add photos now.", outcome.Value.Value!.Name);
                return LocalRedirect($"/staff/stores/{StoreId}/products/{outcome.Value.Value!.Id}/edit");
            }
            // "skus[1].priceMinor" is about the second filled row, which may be another row on the form.
            var errors = outcome.Value.Errors!
                .Where(e => !(e.Key == "skus" && filled.Count == 0))
                .ToDictionary(e => SkuIndex().Replace(e.Key, m => $"skus[{filled[int.Parse(m.Groups[1].Value)].Row}]"), e => e.Value);
            FormErrors.CopyErrors(errors, ModelState, rename: new Dictionary<string, string> { ["priceMinor"] = "price" });
        }
        catch (DomainException e)
        {
            ModelState.AddModelError("", e.Message);
        }
        return Page();
    }

    private async Task<bool> Load(CancellationToken ct)
    {
        Store = await stores.Terms(StoreId, ct);
        if (Store is null) return false;
        Categories = await ListCategories.Load(db, ct);
        while (Input.Skus.Count < Rows) Input.Skus.Add(new SkuInput());
        return true;
    }

    [GeneratedRegex(@"^skus\[(\d+)\]")]
    private static partial Regex SkuIndex();
}
