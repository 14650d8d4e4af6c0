using Plaza.Web.Platform.Geography;

namespace Plaza.UnitTests.Platform;

public sealed class GeoTests
{
    [Fact]
    public void London_to_Paris_is_about_343_and_a_half_kilometres()
    {
        var meters = Geo.DistanceMeters(51.5074, -0.1278, 48.8566, 2.3522);

        meters.ShouldBe(343_500, tolerance: 1_000);
    }

    [Fact]
    public void Distance_is_symmetric_and_zero_to_itself()
    {
        Geo.DistanceMeters(51.5416, -0.1022, 51.5416, -0.1022).ShouldBe(0);
        Geo.DistanceMeters(51.5074, -0.1278, 48.8566, 2.3522)
            .ShouldBe(Geo.DistanceMeters(48.8566, 2.3522, 51.5074, -0.1278), tolerance: 1e-6);
    }

    [Fact]
    public void One_degree_of_latitude_is_about_111_kilometres()
    {
        Geo.DistanceMeters(10, 20, 11, 20).ShouldBe(111_195, tolerance: 100);
    }

    [Fact]
    public void Antipodes_are_half_the_circumference_apart()
    {
        Geo.DistanceMeters(0, 0, 0, 180).ShouldBe(Math.PI * 6_371_000, tolerance: 1);
    }

    [Theory]
    [InlineData(0.0, 0.0, true)]
    [InlineData(90.0, 180.0, true)]
    [InlineData(-90.0, -180.0, true)]
    [InlineData(90.0001, 0.0, false)]
    [InlineData(0.0, -180.0001, false)]
    [InlineData(double.NaN, 0.0, false)]
    [InlineData(0.0, double.PositiveInfinity, false)]
    public void Coordinates_are_valid_only_within_range(double lat, double lng, bool valid)
    {
        Geo.IsValid(lat, lng).ShouldBe(valid);
    }

    [Fact]
    public void Missing_coordinates_are_not_valid()
    {
        Geo.IsValid(null, 0).ShouldBeFalse();
        Geo.IsValid(0, null).ShouldBeFalse();
    }
}
