using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Plaza.BrowserTests.Infrastructure;

internal static class Accessibility
{
    private static readonly string[] Blocking = ["serious", "critical"];

    /// <summary>
    /// Runs axe-core on the page as it is now and fails with a readable list of every serious or
    /// critical violation: rule id, impact, what to do, and where (the first few CSS targets).
    /// </summary>
    public static async Task ShouldHaveNoSeriousAccessibilityViolationsAsync(this IPage page)
    {
        var result = await page.RunAxe();
        var blocking = result.Violations.Where(v => Blocking.Contains(v.Impact)).ToList();
        if (blocking.Count == 0) return;
        throw new AccessibilityViolationsException(Describe(page.Url, blocking));
    }

    internal static string Describe(string url, IEnumerable<AxeResultItem> violations)
    {
        var text = new StringBuilder($"axe found serious or critical accessibility violations on {url}:");
        foreach (var v in violations)
        {
            var targets = v.Nodes.Take(3).Select(n => n.Target?.ToString() ?? "?").ToList();
            var more = v.Nodes.Length > 3 ? $" (+{v.Nodes.Length - 3} more)" : "";
            text.Append($"\n- {v.Id} [{v.Impact}]: {v.Help} ({v.HelpUrl})\n    at {string.Join(" | ", targets)}{more}");
        }
        return text.ToString();
    }
}

/// <summary>A page failed its axe audit; the message lists every serious and critical violation.</summary>
public sealed class AccessibilityViolationsException(string message) : Exception(message);
