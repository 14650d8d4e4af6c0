namespace Plaza.Web.Modules.Stores.Contracts;

/// <summary>A store as shoppers' pages show it: where it is and how to reach it, its hours and time zone, what delivery costs.</summary>
internal sealed record StoreDetails(
    Guid Id, string Name, string Address, string? Phone, string TimeZone, TimeOnly OpensAt, TimeOnly ClosesAt,
    string Currency, long DeliveryFeeMinor, int DeliveryRadiusMeters);
