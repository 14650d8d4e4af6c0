using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Plaza.Web.Modules.Stores;
using Plaza.Web.Platform.Auth;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Web;

namespace Plaza.Web.Modules.Ordering.Pages;

/// <summary>My orders, newest first, with each store's name and time zone for the dates.</summary>
[Authorize]
internal sealed class OrdersModel(PlazaDb db) : PageModel
{
    public const int Shown = 100;

    public IReadOnlyList<OrderSummary> Orders { get; private set; } = [];
    public IReadOnlyDictionary<Guid, (string Name, TimeZoneInfo Zone)> Stores { get; private set; } = new Dictionary<Guid, (string, TimeZoneInfo)>();

    public async Task OnGetAsync(CancellationToken ct)
    {
        Orders = await GetOrder.Mine(User.RequiredAccountId(), db, Shown, ct);
        var ids = Orders.Select(o => o.StoreId).Distinct().ToList();
        Stores = (await db.Set<Store>().AsNoTracking().Where(s => ids.Contains(s.Id)).Select(s => new { s.Id, s.Name, s.TimeZone }).ToListAsync(ct))
            .ToDictionary(s => s.Id, s => (s.Name, StoreTime.Zone(s.TimeZone)));
    }

    public (string Name, TimeZoneInfo Zone) StoreOf(Guid storeId) =>
        Stores.TryGetValue(storeId, out var s) ? s : ("", TimeZoneInfo.Utc);
}
