using Plaza.Web.Modules.Stores;

namespace Plaza.UnitTests.Stores;

/// <summary>A store at Angel, Islington, with the hours a test wants.</summary>
internal static class StoreBuilder
{
    public const double Lat = 51.5416, Lng = -0.1022;

    public static Store Angel(string opensAt = "08:00", string closesAt = "20:00", int radius = 3000)
    {
        var store = Store.Open(Guid.CreateVersion7(), "Angel Corner Shop", "1 Upper Street, London N1 0PQ", Lat, Lng, "GBP",
            new DateTime(2031, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        store.ChangeSettings(store.Name, store.Address, null, TimeOnly.Parse(opensAt, System.Globalization.CultureInfo.InvariantCulture),
            TimeOnly.Parse(closesAt, System.Globalization.CultureInfo.InvariantCulture), radius, 0);
        return store;
    }
}
