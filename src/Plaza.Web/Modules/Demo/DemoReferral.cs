using Plaza.Web.Modules.Identity;
using Plaza.Web.Modules.Referral;
using Plaza.Web.Modules.Stores;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Demo;

/// <summary>
/// Referral commission in the demo: every store pays promoters 5% at level 1 and 1% at level 2, and Sam Shopper
/// is already a promoter, so sharing a product from his account and buying through it shows commission at once.
/// </summary>
internal static class DemoReferral
{
    public const int Level1BasisPoints = 500;
    public const int Level2BasisPoints = 100;
    public const string PromoterLogin = "shopper@plaza.test";

    public static void Add(PlazaDb db, IReadOnlyList<Store> stores, DateTime now)
    {
        foreach (var store in stores)
            db.Add(CommissionRate.Create(store.Id, RateScope.Default, Guid.Empty, Level1BasisPoints, Level2BasisPoints, now));
        var sam = db.ChangeTracker.Entries<Account>().Select(e => e.Entity).FirstOrDefault(a => a.Email == PromoterLogin);
        if (sam is not null) db.Add(Promoter.Join(sam.Id, now));
    }
}
