using System.Globalization;
using System.Xml.Linq;
using Plaza.Web.Modules.Demo;

namespace Plaza.UnitTests.Demo;

public sealed class DemoPicturesTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    [Fact]
    public void A_picture_is_a_well_formed_svg_of_480_by_360()
    {
        var doc = XDocument.Parse(DemoPictures.Svg("Gala Apples", "Fruit & Veg", "fruit-veg"));

        doc.Root!.Name.ShouldBe(Svg + "svg");
        doc.Root.Attribute("width")!.Value.ShouldBe("480");
        doc.Root.Attribute("height")!.Value.ShouldBe("360");
        doc.Root.Element(Svg + "title")!.Value.ShouldBe("Gala Apples");
    }

    [Fact]
    public void Ampersands_and_angle_brackets_in_a_name_are_escaped()
    {
        const string name = "Salt & <Vinegar> Crisps";

        var svg = DemoPictures.Svg(name, "Pantry & Tins", "pantry");

        svg.ShouldContain("Salt &amp; &lt;Vinegar&gt; Crisps");
        svg.ShouldNotContain("<Vinegar>");
        svg.ShouldNotContain("Pantry & Tins");
        var doc = XDocument.Parse(svg);
        doc.Root!.Element(Svg + "title")!.Value.ShouldBe(name);
        doc.Root.Attribute("aria-label")!.Value.ShouldBe(name);
    }

    [Fact]
    public void A_name_that_looks_like_markup_stays_text()
    {
        var doc = XDocument.Parse(DemoPictures.Svg("<script>alert(1)</script>", "Bakery", "bakery"));

        doc.Descendants().ShouldNotContain(e => e.Name.LocalName == "script");
    }

    [Fact]
    public void Every_demo_product_picture_holds_only_shapes_and_text()
    {
        string[] allowed = ["svg", "title", "rect", "circle", "text", "tspan"];
        var categories = DemoCatalog.Categories.ToDictionary(c => c.Slug);
        foreach (var product in DemoCatalog.Products)
        {
            var doc = XDocument.Parse(DemoPictures.Svg(product.Name, categories[product.CategorySlug].Name, product.CategorySlug));

            doc.Descendants().Select(e => e.Name.LocalName).ShouldAllBe(n => allowed.Contains(n));
            doc.Descendants().SelectMany(e => e.Attributes())
                .ShouldAllBe(a => !a.Name.LocalName.StartsWith("on") && a.Name.LocalName != "href");
        }
    }

    [Fact]
    public void The_product_name_is_drawn_in_full_when_it_fits_two_lines()
    {
        var doc = XDocument.Parse(DemoPictures.Svg("Neighbourhood Map Tea Towel", "Home & Gifts", "home-gifts"));

        var lines = doc.Descendants(Svg + "tspan").Select(t => t.Value).ToList();
        lines.ShouldBe(["Neighbourhood Map Tea", "Towel"]);
    }

    [Theory]
    [InlineData("Crumpets", new[] { "Crumpets" })]
    [InlineData("Fragrance-Free Baby Wipes", new[] { "Fragrance-Free Baby", "Wipes" })]
    [InlineData("One two three four five six seven eight nine ten eleven", new[] { "One two three four five", "six seven eight nine…" })]
    [InlineData("Supercalifragilisticexpialidocious", new[] { "Supercalifragilisticexp…" })]
    public void Names_wrap_onto_at_most_two_lines_and_longer_ones_are_clipped(string name, string[] expected)
    {
        var lines = DemoPictures.Wrap(name, DemoPictures.MaxLineLength);

        lines.ShouldBe(expected);
        lines.ShouldAllBe(l => l.Length <= DemoPictures.MaxLineLength);
    }

    [Theory]
    [InlineData("Fig & Cedar Soy Candle", "FC")]
    [InlineData("Crumpets", "C")]
    [InlineData("all-butter croissants", "AC")]
    public void Initials_are_the_first_letters_of_the_first_two_words(string name, string initials) =>
        DemoPictures.Initials(name).ShouldBe(initials);

    [Fact]
    public void Each_category_has_its_own_background_and_readable_ink()
    {
        var palettes = DemoCatalog.Categories.Select(c => DemoPictures.PaletteFor(c.Slug)).ToList();

        palettes.Select(p => p.Background).Distinct().Count().ShouldBe(DemoCatalog.Categories.Count);
        // WCAG AA for normal text: the category caption is small.
        palettes.ShouldAllBe(p => ContrastRatio(p.Ink, p.Background) >= 4.5);
    }

    private static double ContrastRatio(string a, string b)
    {
        var (la, lb) = (Luminance(a), Luminance(b));
        return (Math.Max(la, lb) + 0.05) / (Math.Min(la, lb) + 0.05);
    }

    private static double Luminance(string hex)
    {
        static double Channel(string hex, int at)
        {
            var c = int.Parse(hex.AsSpan(at, 2), NumberStyles.HexNumber) / 255.0;
            return c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * Channel(hex, 1) + 0.7152 * Channel(hex, 3) + 0.0722 * Channel(hex, 5);
    }
}
