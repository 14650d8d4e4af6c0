using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Plaza.Web.Platform.Auth;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Stores.Pages;

/// <summary>The stores the signed-in person works at, each a way into its back office.</summary>
[Authorize]
internal sealed class StaffHomeModel(PlazaDb db) : PageModel
{
    public sealed record StoreLink(Guid Id, string Name, string Address);

    public IReadOnlyList<StoreLink> Stores { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var ids = User.StaffStores().ToList();
        Stores = await db.Set<Store>().AsNoTracking().Where(s => ids.Contains(s.Id)).OrderBy(s => s.Name)
            .Select(s => new StoreLink(s.Id, s.Name, s.Address)).ToListAsync(ct);
    }
}
