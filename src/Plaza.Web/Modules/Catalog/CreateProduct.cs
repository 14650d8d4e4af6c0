using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Plaza.Web.Modules.Stores.Contracts;
using Plaza.Web.Platform.Auth;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Validation;

namespace Plaza.Web.Modules.Catalog;

/// <summary>Staff add a product with its SKUs, listed in their store with opening stock.</summary>
internal static class CreateProduct
{
    public sealed record SkuInput(string? Code, string? Label, long? PriceMinor, int? Stock);

    public sealed record CreateProductRequest(Guid? StoreId, Guid? CategoryId, string? Name, string? Description, IReadOnlyList<SkuInput>? Skus);

    public static async Task<Outcome<Product>?> Execute(CreateProductRequest r, ClaimsPrincipal user, PlazaDb db, IStoreDirectory stores, TimeProvider clock,
        CancellationToken ct)
    {
        var v = new Validator()
            .Check(r.StoreId is not null, "storeId", "Choose the store.")
            .Check(r.CategoryId is not null, "categoryId", "Choose a category.")
            .Text(r.Name, "name", 200).Text(r.Description, "description", 4000, required: false)
            .Check(r.Skus is { Count: > 0 and <= Product.MaxSkus }, "skus", $"Give 1 to {Product.MaxSkus} SKUs.");
        for (var i = 0; i < (r.Skus?.Count ?? 0) && i < Product.MaxSkus; i++)
        {
            var s = r.Skus![i];
            v.Text(s.Code, $"skus[{i}].code", 40).Text(s.Label, $"skus[{i}].label", 80)
             .Check(s.PriceMinor is >= 0 and <= 100_000_000, $"skus[{i}].priceMinor", "From 0 to 100000000 minor units.")
             .Check(s.Stock is null or >= 0 and <= 1_000_000, $"skus[{i}].stock", "From 0 to 1000000.");
        }
        if (r.Skus is { Count: > 0 } && r.Skus.Select(s => s.Code).Distinct().Count() != r.Skus.Count) v.Add("skus", "SKU codes must differ.");
        if (!v.IsValid) return v;
        if (!user.IsStaffOf(r.StoreId!.Value)) return null;
        var terms = await stores.Terms(r.StoreId.Value, ct);
        if (terms is null) return null;
        if (!await db.Set<Category>().AnyAsync(c => c.Id == r.CategoryId, ct)) return new Validator().Add("categoryId", "No such category.");

        var product = Product.Create(terms.MerchantId, r.CategoryId!.Value, r.Name!, r.Description ?? "", clock.GetUtcNow().UtcDateTime);
        foreach (var s in r.Skus!)
        {
            var sku = product.AddSku(s.Code!, s.Label!, s.PriceMinor!.Value, terms.Currency);
            db.Add(StoreOffer.Create(terms.Id, sku.Id, product.Id, s.Stock ?? 0));
        }
        db.Add(product);
        await db.SaveChangesAsync(ct);
        return product;
    }

    public static async Task<Results<Created<ProductDetail>, ValidationProblem, NotFound>> Handle(
        CreateProductRequest request, ClaimsPrincipal user, PlazaDb db, IStoreDirectory stores, TimeProvider clock, CancellationToken ct)
    {
        var outcome = await Execute(request, user, db, stores, clock, ct);
        if (outcome is null) return TypedResults.NotFound();
        if (!outcome.Value.Ok) return TypedResults.ValidationProblem(outcome.Value.Errors!);
        var detail = await GetProduct.Load(outcome.Value.Value!.Id, request.StoreId!.Value, db, ct);
        return TypedResults.Created($"/api/v1/products/{detail!.Id}?storeId={request.StoreId}", detail);
    }
}
