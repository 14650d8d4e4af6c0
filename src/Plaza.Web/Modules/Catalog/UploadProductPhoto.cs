using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Plaza.Web.Modules.Stores.Contracts;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Validation;
using Plaza.Web.Platform.Web;

namespace Plaza.Web.Modules.Catalog;

internal static class UploadProductPhoto
{
    public sealed record PhotoView(Guid Id, string Url);

    public static async Task<Outcome<ProductPhoto>?> Execute(Guid productId, Guid storeId, IFormFile? file, ClaimsPrincipal user, PlazaDb db,
        IStoreDirectory stores, PhotoStorage storage, CancellationToken ct)
    {
        var product = await EditProduct.LoadForStaff(productId, storeId, user, db, stores, ct);
        if (product is null) return null;
        if (PhotoStorage.Missing(file) is { } missing) return new Validator().Add("file", missing);
        ProductPhoto? photo = null;
        var error = await storage.StoreThenSave([file!], (name, type) => photo = product.AddPhoto(name, type), () => db.SaveChangesAsync(ct), ct);
        return error is null ? photo! : new Validator().Add("file", error);
    }

    public static async Task<Results<Created<PhotoView>, ValidationProblem, NotFound>> Handle(
        Guid id, Guid storeId, IFormFile? file, ClaimsPrincipal user, PlazaDb db, IStoreDirectory stores, PhotoStorage storage, CancellationToken ct)
        => (await Execute(id, storeId, file, user, db, stores, storage, ct)).CreatedOr(photo => photo.Url, photo => new PhotoView(photo.Id, photo.Url));
}
