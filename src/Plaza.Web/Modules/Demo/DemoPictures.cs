using System.Globalization;
using System.Xml.Linq;

namespace Plaza.Web.Modules.Demo;

/// <summary>
/// A placeholder picture per demo product: a soft card in its category's colours with the product's
/// initials and name. Built with XElement so names like "Fig &amp; Cedar" are always escaped, and
/// holding nothing but shapes and text (no script, no links, no external fonts or images).
/// </summary>
internal static class DemoPictures
{
    public const int Width = 480;
    public const int Height = 360;
    public const string ContentType = "image/svg+xml";
    public const int MaxLineLength = 24;

    private static readonly XNamespace Ns = "http://www.w3.org/2000/svg";
    private const string Font = "system-ui, -apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif";

    /// <summary>Background and ink per category; the ink passes WCAG AA contrast on its background.</summary>
    private static readonly Dictionary<string, (string Background, string Ink)> Palettes = new()
    {
        ["fruit-veg"] = ("#E8F5E1", "#2F6B1F"),
        ["bakery"] = ("#F8EEDC", "#86531A"),
        ["dairy"] = ("#EAF2FB", "#2F5F94"),
        ["pantry"] = ("#FBEFE4", "#9C4521"),
        ["drinks"] = ("#E4F5F5", "#1B6B6B"),
        ["household"] = ("#EFEDF8", "#4F418A"),
        ["baby"] = ("#FDEDF2", "#9E3A5D"),
        ["home-gifts"] = ("#F6F2E6", "#6B5C22"),
    };

    private static readonly (string Background, string Ink) DefaultPalette = ("#F2F2F2", "#4A4A4A");

    public static (string Background, string Ink) PaletteFor(string categorySlug) =>
        Palettes.TryGetValue(categorySlug, out var palette) ? palette : DefaultPalette;

    public static string Svg(string productName, string categoryName, string categorySlug)
    {
        var (background, ink) = PaletteFor(categorySlug);
        var lines = Wrap(productName, MaxLineLength);
        const int nameFontSize = 26;
        var firstLineY = lines.Count == 1 ? 300 : 286;

        var name = new XElement(Ns + "text",
            new XAttribute("x", Width / 2), new XAttribute("y", firstLineY),
            new XAttribute("text-anchor", "middle"), new XAttribute("font-family", Font),
            new XAttribute("font-size", nameFontSize), new XAttribute("font-weight", 600), new XAttribute("fill", "#222222"),
            lines.Select((line, i) => new XElement(Ns + "tspan",
                new XAttribute("x", Width / 2), new XAttribute("dy", i == 0 ? "0" : (nameFontSize + 6).ToString(CultureInfo.InvariantCulture)),
                line)));

        var svg = new XElement(Ns + "svg",
            new XAttribute("width", Width), new XAttribute("height", Height),
            new XAttribute("viewBox", $"0 0 {Width} {Height}"),
            new XAttribute("role", "img"), new XAttribute("aria-label", productName),
            new XElement(Ns + "title", productName),
            new XElement(Ns + "rect", new XAttribute("width", Width), new XAttribute("height", Height), new XAttribute("fill", background)),
            // Two faint rings behind the initials: a plate, drawn rather than photographed.
            new XElement(Ns + "circle", new XAttribute("cx", Width / 2), new XAttribute("cy", 150), new XAttribute("r", 96),
                new XAttribute("fill", "#FFFFFF"), new XAttribute("fill-opacity", "0.7")),
            new XElement(Ns + "circle", new XAttribute("cx", Width / 2), new XAttribute("cy", 150), new XAttribute("r", 80),
                new XAttribute("fill", "none"), new XAttribute("stroke", ink), new XAttribute("stroke-opacity", "0.35"), new XAttribute("stroke-width", 2)),
            new XElement(Ns + "text",
                // Baseline set by hand (capitals are ~0.7em tall) rather than dominant-baseline, which some renderers ignore.
                new XAttribute("x", Width / 2), new XAttribute("y", 173),
                new XAttribute("text-anchor", "middle"), new XAttribute("font-family", Font),
                new XAttribute("font-size", 64), new XAttribute("font-weight", 700), new XAttribute("fill", ink),
                Initials(productName)),
            new XElement(Ns + "text",
                new XAttribute("x", Width / 2), new XAttribute("y", 34), new XAttribute("text-anchor", "middle"),
                new XAttribute("font-family", Font), new XAttribute("font-size", 14), new XAttribute("letter-spacing", 2),
                new XAttribute("fill", ink), categoryName.ToUpperInvariant()),
            name);
        return svg.ToString(SaveOptions.DisableFormatting);
    }

    /// <summary>First letters of the first two words: "Fig &amp; Cedar Soy Candle" gives "FC".</summary>
    public static string Initials(string name)
    {
        var letters = name.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(w => char.IsLetterOrDigit(w[0]))
            .Take(2)
            .Select(w => char.ToUpperInvariant(w[0]));
        return string.Concat(letters);
    }

    /// <summary>Greedy word wrap into at most two lines; a name too long even for that ends with an ellipsis.</summary>
    public static IReadOnlyList<string> Wrap(string text, int maxLength)
    {
        var lines = new List<string>();
        var current = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (current.Length == 0) current = word;
            else if (current.Length + 1 + word.Length <= maxLength) current += " " + word;
            else
            {
                lines.Add(current);
                current = word;
            }
        }
        if (current.Length > 0) lines.Add(current);
        // Greedy wrapping means lines 2+ joined never fit one line, so the second line gets clipped.
        if (lines.Count > 2) lines = [lines[0], string.Join(' ', lines.Skip(1))];
        return lines.Select(l => Clip(l, maxLength)).ToList();
    }

    /// <summary>Cuts at a word boundary where there is one, leaving room for the ellipsis.</summary>
    private static string Clip(string line, int maxLength)
    {
        if (line.Length <= maxLength) return line;
        var cut = line.LastIndexOf(' ', maxLength - 1);
        return line[..(cut > 0 ? cut : maxLength - 1)].TrimEnd() + "…";
    }
}
