using Plaza.Web.Platform.Web;

namespace Plaza.Web.Modules.Stores.Contracts;

/// <summary>A store as shoppers' pages show it: where it is and how to reach it, its hours and time zone, what delivery costs.</summary>
/// <param name="OpensAt">With <paramref name="ClosesAt"/>: the same hours every day, in the store's <paramref name="TimeZone"/>.</param>
internal sealed record StoreDetails(
    Guid Id, string Name, string Address, string? Phone, string TimeZone, TimeOnly OpensAt, TimeOnly ClosesAt,
    string Currency, long DeliveryFeeMinor, int DeliveryRadiusMeters)
{
    /// <summary>Whether it delivers at all: a store without a delivery radius only hands orders over at its pickup points.</summary>
    public bool Delivers => DeliveryRadiusMeters > 0;

    /// <summary>What the store's clock says at <paramref name="utc"/>.</summary>
    public TimeOnly TimeAt(DateTime utc) => TimeOnly.FromDateTime(StoreTime.Local(utc, StoreTime.Zone(TimeZone)));

    /// <summary>Whether the store is open at <paramref name="utc"/>, by its clock (opening time included, closing time not).</summary>
    public bool IsOpenAt(DateTime utc) => TimeAt(utc) is var local && local >= OpensAt && local < ClosesAt;
}
