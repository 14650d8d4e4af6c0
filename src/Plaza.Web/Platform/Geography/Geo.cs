namespace Plaza.Web.Platform.Geography;

/// <summary>Plain geometry on the globe: coordinates and the distance between two points.</summary>
internal static class Geo
{
    private const double EarthRadiusMeters = 6_371_000;

    /// <summary>Great-circle distance (haversine): accurate to well under 1% at neighbourhood scale.</summary>
    public static double DistanceMeters(double lat1, double lng1, double lat2, double lng2)
    {
        static double Rad(double deg) => deg * Math.PI / 180;
        var dLat = Rad(lat2 - lat1);
        var dLng = Rad(lng2 - lng1);
        var a = Math.Sin(dLat / 2) * Math.Sin(dLat / 2) + Math.Cos(Rad(lat1)) * Math.Cos(Rad(lat2)) * Math.Sin(dLng / 2) * Math.Sin(dLng / 2);
        return 2 * EarthRadiusMeters * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }

    public static bool IsValid(double? lat, double? lng) => lat is >= -90 and <= 90 && lng is >= -180 and <= 180;
}
