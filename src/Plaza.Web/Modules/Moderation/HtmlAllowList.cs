using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Plaza.Web.Modules.Moderation;

/// <summary>
/// A small allow-list HTML sanitizer. The input is parsed as a browser would (AngleSharp, HTML5
/// rules) and copied into a fresh tree: allowed elements are rebuilt with only allowed attributes,
/// unknown elements are unwrapped (their text kept), and elements whose content is code or another
/// document (script, style, iframe, svg...) are dropped with everything inside. Nothing from the
/// input tree is reused, so a forgotten attribute or node type cannot slip through.
/// </summary>
internal static class HtmlAllowList
{
    private static readonly HashSet<string> Allowed = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "br", "strong", "em", "ul", "ol", "li", "blockquote", "code", "pre", "a", "h3", "h4",
    };

    /// <summary>Post headings never outrank the page's own: h1/h2 become h3, h5/h6 become h4; b/i become strong/em.</summary>
    private static readonly Dictionary<string, string> Renamed = new(StringComparer.OrdinalIgnoreCase)
    {
        ["h1"] = "h3", ["h2"] = "h3", ["h5"] = "h4", ["h6"] = "h4", ["b"] = "strong", ["i"] = "em",
    };

    private static readonly HashSet<string> DroppedWithContent = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "iframe", "frame", "frameset", "object", "embed", "applet", "noscript", "noembed",
        "noframes", "template", "svg", "math", "textarea", "select", "option", "title", "head", "meta", "link",
        "base", "input", "button", "xmp", "plaintext", "img", "video", "audio", "source", "picture", "canvas",
    };

    private static readonly string[] Schemes = ["http", "https", "mailto"];

    /// <summary>Deeper nesting than this is flattened to text (a hostile input cannot exhaust the stack).</summary>
    private const int MaxDepth = 32;

    public const string LinkRel = "nofollow ugc noopener";

    public static string Sanitize(string html)
    {
        var parser = new HtmlParser();
        var document = parser.ParseDocument("<!DOCTYPE html><html><body></body></html>");
        var body = document.Body!;
        var nodes = parser.ParseFragment(html, body).ToArray();
        var output = document.CreateElement("div");
        foreach (var node in nodes) Copy(node, output, document, 0);
        return output.InnerHtml;
    }

    private static void Copy(INode node, IElement parent, IDocument document, int depth)
    {
        switch (node)
        {
            case IText text:
                parent.AppendChild(document.CreateTextNode(text.Data));
                return;
            case IElement element:
                var name = element.LocalName;
                if (DroppedWithContent.Contains(name)) return;
                if (Renamed.TryGetValue(name, out var renamed)) name = renamed;
                var target = parent;
                if (Allowed.Contains(name) && depth < MaxDepth && Rebuild(element, name, document) is { } clean)
                {
                    parent.AppendChild(clean);
                    target = clean;
                }
                foreach (var child in element.ChildNodes.ToArray()) Copy(child, target, document, depth + 1);
                return;
            default:
                return; // comments, processing instructions, doctypes
        }
    }

    /// <summary>A fresh element with only the allowed attributes; null to unwrap it (a link without a safe address).</summary>
    private static IElement? Rebuild(IElement source, string name, IDocument document)
    {
        var clean = document.CreateElement(name);
        if (name != "a") return clean;
        if (SafeHref(source.GetAttribute("href")) is not { } href) return null;
        clean.SetAttribute("href", href);
        clean.SetAttribute("rel", LinkRel);
        return clean;
    }

    /// <summary>
    /// An absolute http, https or mailto address, or null. The value arrives entity-decoded by the
    /// parser; whitespace and control characters (which browsers skip inside a scheme) are removed
    /// before the scheme is read, so "java&amp;#x09;script:" or " JaVaScRiPt:" cannot pass. Relative
    /// and protocol-relative addresses ("//evil.test", "/\evil.test") are refused too.
    /// </summary>
    internal static string? SafeHref(string? href)
    {
        if (string.IsNullOrWhiteSpace(href)) return null;
        var cleaned = new string(href.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c) && c is not '\u200b' and not '\ufeff').ToArray());
        var colon = cleaned.IndexOf(':');
        if (colon <= 0) return null;
        var scheme = cleaned[..colon];
        if (!Schemes.Contains(scheme, StringComparer.OrdinalIgnoreCase)) return null;
        if (!Uri.TryCreate(cleaned, UriKind.Absolute, out var uri)) return null;
        if (!Schemes.Contains(uri.Scheme, StringComparer.OrdinalIgnoreCase)) return null;
        if (uri.Scheme != "mailto" && (string.IsNullOrEmpty(uri.Host) || !cleaned[(colon + 1)..].StartsWith("//", StringComparison.Ordinal))) return null;
        return cleaned;
    }
}
