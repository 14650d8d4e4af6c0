using System.Text.RegularExpressions;

namespace Plaza.Web.Modules.Catalog;

/// <summary>
/// Turns what a shopper typed into a safe full-text query: words only (letters and digits), each
/// matched as a prefix, all required. Quotes, operators and SQL fragments are just dropped.
/// </summary>
internal static partial class SearchText
{
    public const int MaxTerms = 8;

    public static IReadOnlyList<string> Terms(string? input) =>
        input is null ? [] : Word().Matches(input).Select(m => m.Value.ToLowerInvariant()).Where(t => t.Length <= 40).Distinct().Take(MaxTerms).ToList();

    /// <summary>FTS5: "lamp"* AND "red"*</summary>
    public static string ToFts5(IReadOnlyList<string> terms) => string.Join(" AND ", terms.Select(t => $"\"{t}\"*"));

    /// <summary>PostgreSQL to_tsquery: lamp:* &amp; red:*</summary>
    public static string ToTsQuery(IReadOnlyList<string> terms) => string.Join(" & ", terms.Select(t => t + ":*"));

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();
}
