using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Catalog;

internal static class ListCategories
{
    public static async Task<IReadOnlyList<CategoryView>> Load(PlazaDb db, CancellationToken ct) =>
        await db.Set<Category>().AsNoTracking().OrderBy(c => c.Position).ThenBy(c => c.Name)
            .Select(c => new CategoryView(c.Id, c.Slug, c.Name)).ToListAsync(ct);

    public static async Task<Ok<IReadOnlyList<CategoryView>>> Handle(PlazaDb db, CancellationToken ct) => TypedResults.Ok(await Load(db, ct));
}
