using System.Globalization;
using Plaza.Web.Platform.Localization;

namespace Plaza.UnitTests.Localization;

/// <summary>"1 spot left", "2 spots left", "0 spots left"; Chinese has one form for every count.</summary>
public sealed class PluralsTests
{
    [Theory]
    [InlineData("en", 1, true)]
    [InlineData("en", 0, false)]
    [InlineData("en", 2, false)]
    [InlineData("en-GB", 1, true)]
    [InlineData("es", 1, true)]
    [InlineData("es", 21, false)]
    [InlineData("zh-Hans", 1, false)]
    public void One_is_singular_only_where_the_language_has_a_singular(string culture, long count, bool one) =>
        Plurals.IsOne(count, CultureInfo.GetCultureInfo(culture)).ShouldBe(one);
}
