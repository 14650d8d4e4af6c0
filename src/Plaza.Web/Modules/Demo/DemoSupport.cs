using Plaza.Web.Modules.Identity;
using Plaza.Web.Modules.Stores;
using Plaza.Web.Modules.Support;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Demo;

/// <summary>
/// Saved replies at every demo store, written by the demo staff member, so the inbox's picker has something to offer and
/// shows its variables filled for the conversation at hand.
/// </summary>
internal static class DemoSupport
{
    private static readonly (string Title, string Body)[] Replies =
    [
        ("Order ready for pickup", "Hello {customer_name}, your order {order_number} is ready. Show pickup code {pickup_code} at {store_name}."),
        ("Looking into it", "Thank you, {customer_name}. I am checking order {order_number} now and will write back here in a few minutes."),
        ("Anything else?",
            "Is there anything else I can help you with today? If not, I will close this conversation; write here any time."),
    ];

    public static void Add(PlazaDb db, IReadOnlyList<Store> stores, DateTime now)
    {
        var staff = db.ChangeTracker.Entries<Account>().Select(e => e.Entity).FirstOrDefault(a => a.Email == "staff@plaza.test");
        if (staff is null) return;
        foreach (var store in stores)
            db.AddRange(Replies.Select(r => CannedReply.Write(store.Id, r.Title, r.Body, staff.Id, now)));
    }
}
