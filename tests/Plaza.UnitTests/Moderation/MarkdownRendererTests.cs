using System.Text.RegularExpressions;
using Plaza.Web.Modules.Moderation;

namespace Plaza.UnitTests.Moderation;

public sealed class MarkdownRendererTests
{
    public static TheoryData<string> XssMarkdown => new()
    {
        "[x](javascript:alert(1))",
        "[x](JaVaScRiPt:alert(1))",
        "[x](&#106;avascript:alert(1))",
        "[x](&#x6A;&#x61;vascript:alert(1))",
        "[x](java&#x09;script:alert(1))",
        "[x]( javascript:alert(1))",
        "[x](<javascript:alert(1)>)",
        "[x](vbscript:msgbox(1))",
        "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "[x](//evil.test/steal)",
        "[x](/\\evil.test)",
        "<javascript:alert(1)>",
        "[x]: javascript:alert(1)\n\n[click][x]",
        "![x](javascript:alert(1))",
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "<a href=\"data:text/html,<script>alert(1)</script>\">x</a>",
        "<a href=\"javascript:alert(1)\">x</a>",
        "**<script>alert(1)</script>**",
        "[<img src=x onerror=alert(1)>](https://ok.test)",
        "[**x**](javascript:alert(1) \"title\")",
        "<iframe src=\"javascript:alert(1)\"></iframe>",
        "<svg onload=alert(1)>",
        "`<script>` and <style>body{}</style>",
        "> <b onmouseover=alert(1)>quote</b>",
    };

    [Theory]
    [MemberData(nameof(XssMarkdown))]
    public void Scripts_and_script_links_never_survive_markdown(string markdown)
    {
        var html = MarkdownRenderer.Render(markdown);

        AssertHarmless(html);
    }

    public static TheoryData<string> XssHtml => new()
    {
        "<script>alert(1)</script>",
        "<SCRIPT SRC=//evil.test/x.js></SCRIPT>",
        "<img src=x onerror=alert(1)>",
        "<a href=\"javascript:alert(1)\">x</a>",
        "<a href=\"JaVaScRiPt:alert(1)\">x</a>",
        "<a href=\"&#106;avascript:alert(1)\">x</a>",
        "<a href=\"&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058alert(1)\">x</a>",
        "<a href=\" &#14; javascript:alert(1)\">x</a>",
        "<a href=\"java\tscript:alert(1)\">x</a>",
        "<a href=\"data:text/html,<script>alert(1)</script>\">x</a>",
        "<a href=\"vbscript:msgbox(1)\">x</a>",
        "<a href=\"//evil.test\">x</a>",
        "<p onclick=\"alert(1)\" style=\"background:url(javascript:alert(1))\">x</p>",
        "<strong><em><script>alert(1)</script></em></strong>",
        "<scr<script>ipt>alert(1)</scr</script>ipt>",
        "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
        "<svg><script>alert(1)</script></svg>",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
        "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
        "<form action=\"javascript:alert(1)\"><button>go</button></form>",
        "<!--<script>alert(1)</script>-->",
        "<a href=\"https://ok.test\" onmouseover=\"alert(1)\" target=\"_blank\">x</a>",
    };

    [Theory]
    [MemberData(nameof(XssHtml))]
    public void Scripts_handlers_and_script_links_never_survive_the_sanitizer(string html)
    {
        var clean = HtmlAllowList.Sanitize(html);

        AssertHarmless(clean);
    }

    private static readonly string[] AllowedTags = ["p", "br", "strong", "em", "ul", "ol", "li", "blockquote", "code", "pre", "a", "h3", "h4"];

    /// <summary>
    /// Text is serialized with every "&lt;" escaped, so each "&lt;" left in the output opens a real tag:
    /// each must be allow-listed, carry no attribute but href and rel, and link only to http(s) or mailto.
    /// </summary>
    private static void AssertHarmless(string html)
    {
        foreach (Match tag in Regex.Matches(html, "<(/?)([^\\s/>]+)([^>]*)>"))
        {
            tag.Groups[2].Value.ShouldBeOneOf(AllowedTags);
            var attributes = Regex.Matches(tag.Groups[3].Value, "([^\\s=]+)=\"([^\"]*)\"");
            Regex.Replace(tag.Groups[3].Value, "([^\\s=]+)=\"([^\"]*)\"", "").Trim().ShouldBeEmpty();
            foreach (Match attribute in attributes)
            {
                attribute.Groups[1].Value.ShouldBeOneOf("href", "rel");
                if (attribute.Groups[1].Value == "href") attribute.Groups[2].Value.ShouldMatch("^(https?://[^/]|mailto:)");
                else attribute.Groups[2].Value.ShouldBe("nofollow ugc noopener");
            }
        }
        html.ShouldNotContain("<script", Case.Insensitive);
    }

    [Fact]
    public void Plain_markdown_renders_bold_lists_and_links_with_a_user_content_rel()
    {
        var html = MarkdownRenderer.Render(
            "Hello **world** and *you*\n\n- one\n- two\n\n1. first\n\n[shop](https://plaza.test/stores) or https://example.com/x");

        html.ShouldContain("<strong>world</strong>");
        html.ShouldContain("<em>you</em>");
        html.ShouldContain("<ul>\n<li>one</li>");
        html.ShouldContain("<ol>");
        html.ShouldContain("<a href=\"https://plaza.test/stores\" rel=\"nofollow ugc noopener\">shop</a>");
        html.ShouldContain("<a href=\"https://example.com/x\" rel=\"nofollow ugc noopener\">https://example.com/x</a>");
    }

    [Fact]
    public void Typed_html_shows_as_text_and_headings_are_demoted()
    {
        var html = MarkdownRenderer.Render("# Big\n\n<b>bold?</b> `code <i>`");

        html.ShouldContain("<h3>Big</h3>");
        html.ShouldContain("&lt;b&gt;bold?&lt;/b&gt;");
        html.ShouldContain("<code>code &lt;i&gt;</code>");
    }

    [Fact]
    public void A_link_without_a_safe_address_keeps_its_text_and_loses_the_link()
    {
        HtmlAllowList.Sanitize("<p><a href=\"javascript:alert(1)\">read <em>me</em></a></p>").ShouldBe("<p>read <em>me</em></p>");
    }

    [Fact]
    public void Unknown_elements_are_unwrapped_and_script_contents_dropped()
    {
        HtmlAllowList.Sanitize("<div><span>kept</span><script>alert('gone')</script><style>p{}</style></div>").ShouldBe("kept");
    }

    [Fact]
    public void Mailto_links_are_kept()
    {
        HtmlAllowList.Sanitize("<a href=\"mailto:shop@plaza.test\">mail</a>")
            .ShouldBe("<a href=\"mailto:shop@plaza.test\" rel=\"nofollow ugc noopener\">mail</a>");
    }
}
