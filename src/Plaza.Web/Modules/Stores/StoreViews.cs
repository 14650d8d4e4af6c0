namespace Plaza.Web.Modules.Stores;

internal sealed record PickupPointView(Guid Id, string Name, PickupPointKind Kind, string Address, double Latitude, double Longitude);

internal sealed record StoreView(
    Guid Id, string Name, string Address, double Latitude, double Longitude, string? Phone,
    string OpensAt, string ClosesAt, string TimeZone, int DeliveryRadiusMeters, long DeliveryFeeMinor, string Currency,
    double? DistanceMeters, IReadOnlyList<PickupPointView> PickupPoints)
{
    /// <param name="forStaff">The store's people also see group-buy leaders' homes; anyone else never learns those addresses.</param>
    public static StoreView From(Store s, double? distance = null, bool forStaff = false) => new(
        s.Id, s.Name, s.Address, s.Latitude, s.Longitude, s.Phone, s.OpensAt.ToString("HH:mm"), s.ClosesAt.ToString("HH:mm"), s.TimeZone,
        s.DeliveryRadiusMeters, s.DeliveryFeeMinor, s.Currency, distance is null ? null : Math.Round(distance.Value),
        s.PickupPoints.Where(p => p.IsActive && (forStaff || p.Kind != PickupPointKind.LeaderHome))
            .Select(p => new PickupPointView(p.Id, p.Name, p.Kind, p.Address, p.Latitude, p.Longitude)).ToList());
}
