using Markdig;

namespace Plaza.Web.Modules.Moderation;

/// <summary>
/// Markdown to safe HTML: Markdig with raw HTML disabled (typed tags show as text) and only the
/// conservative CommonMark core plus bare-URL autolinks and line breaks as typed; then every result
/// goes through <see cref="HtmlAllowList"/>, so even a Markdig bug cannot put a script on a page.
/// </summary>
internal static class MarkdownRenderer
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UseAutoLinks()
        .UseSoftlineBreakAsHardlineBreak()
        .Build();

    public static string Render(string? markdown) =>
        string.IsNullOrWhiteSpace(markdown) ? "" : HtmlAllowList.Sanitize(Markdown.ToHtml(markdown, Pipeline));
}
