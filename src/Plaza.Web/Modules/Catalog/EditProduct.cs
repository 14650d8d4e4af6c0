using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Plaza.Web.Modules.Stores.Contracts;
using Plaza.Web.Platform.Auth;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Validation;

namespace Plaza.Web.Modules.Catalog;

/// <summary>Staff change a product's name, description, category, availability and SKU prices.</summary>
internal static class EditProduct
{
    public sealed record SkuPrice(Guid SkuId, long? PriceMinor);

    public sealed record EditProductRequest(Guid? StoreId, Guid? CategoryId, string? Name, string? Description, bool? IsActive,
        IReadOnlyList<SkuPrice>? Prices);

    /// <summary>The product if the user is staff at a store of the merchant that owns it.</summary>
    public static async Task<Product?> LoadForStaff(Guid productId, Guid storeId, ClaimsPrincipal user, PlazaDb db, IStoreDirectory stores,
        CancellationToken ct)
    {
        if (!user.IsStaffOf(storeId)) return null;
        var terms = await stores.Terms(storeId, ct);
        if (terms is null) return null;
        return await db.Set<Product>().Include(p => p.Skus).Include(p => p.Photos)
            .FirstOrDefaultAsync(p => p.Id == productId && p.MerchantId == terms.MerchantId, ct);
    }

    public static async Task<Outcome<Product>?> Execute(Guid id, EditProductRequest r, ClaimsPrincipal user, PlazaDb db, IStoreDirectory stores,
        CancellationToken ct)
    {
        var v = new Validator()
            .Check(r.StoreId is not null, "storeId", "Choose the store.")
            .Check(r.CategoryId is not null, "categoryId", "Choose a category.")
            .Text(r.Name, "name", 200).Text(r.Description, "description", 4000, required: false);
        foreach (var (p, i) in (r.Prices ?? []).Select((p, i) => (p, i)))
            v.Check(p.PriceMinor is >= 0 and <= 100_000_000, $"prices[{i}].priceMinor", "From 0 to 100000000 minor units.");
        if (!v.IsValid) return v;
        var product = await LoadForStaff(id, r.StoreId!.Value, user, db, stores, ct);
        if (product is null) return null;
        if (!await db.Set<Category>().AnyAsync(c => c.Id == r.CategoryId, ct)) return new Validator().Add("categoryId", "No such category.");
        product.Edit(r.CategoryId!.Value, r.Name!, r.Description ?? "", r.IsActive ?? true);
        foreach (var price in r.Prices ?? [])
        {
            var sku = product.Skus.FirstOrDefault(s => s.Id == price.SkuId);
            if (sku is null) return new Validator().Add("prices", $"SKU {price.SkuId} is not part of this product.");
            sku.Reprice(price.PriceMinor!.Value);
        }
        await db.SaveChangesAsync(ct);
        return product;
    }

    public static async Task<Results<Ok<ProductDetail>, ValidationProblem, NotFound>> Handle(
        Guid id, EditProductRequest request, ClaimsPrincipal user, PlazaDb db, IStoreDirectory stores, CancellationToken ct)
    {
        var outcome = await Execute(id, request, user, db, stores, ct);
        if (outcome is null) return TypedResults.NotFound();
        if (!outcome.Value.Ok) return TypedResults.ValidationProblem(outcome.Value.Errors!);
        var detail = await GetProduct.Load(id, request.StoreId!.Value, db, ct);
        return detail is null ? TypedResults.NotFound() : TypedResults.Ok(detail);
    }
}
