using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Plaza.Web.Modules.Stores.Contracts;
using Plaza.Web.Platform.Auth;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Web;

namespace Plaza.Web.Modules.Ordering.Pages;

/// <summary>My orders, newest first, with each store's name and time zone for the dates.</summary>
[Authorize]
internal sealed class OrdersModel(PlazaDb db, IStoreDirectory stores) : PageModel
{
    public const int Shown = 100;

    public IReadOnlyList<OrderSummary> Orders { get; private set; } = [];
    public IReadOnlyDictionary<Guid, (string Name, TimeZoneInfo Zone)> Stores { get; private set; } = new Dictionary<Guid, (string, TimeZoneInfo)>();

    public async Task OnGetAsync(CancellationToken ct)
    {
        Orders = await GetOrder.Mine(User.RequiredAccountId(), db, Shown, ct);
        var ids = Orders.Select(o => o.StoreId).Distinct().ToList();
        Stores = (await stores.Details(ids, ct)).ToDictionary(s => s.Key, s => (s.Value.Name, StoreTime.Zone(s.Value.TimeZone)));
    }

    public (string Name, TimeZoneInfo Zone) StoreOf(Guid storeId) =>
        Stores.TryGetValue(storeId, out var s) ? s : ("", TimeZoneInfo.Utc);
}
