using System.Text.RegularExpressions;

namespace Plaza.Web.Modules.Notes;

/// <summary>
/// @mentions. Display names are not unique, so a mention names an account by id: the UI inserts
/// <c>@[Ana](0190…)</c> (a bare <c>@[0190…]</c> works too). On saving, every mention is reduced to
/// <c>@[account-id]</c>: the stored text carries no name (a deleted account's name must vanish), and the
/// name is looked up when the comment is shown. A plain <c>@Ana</c> is only text and notifies nobody.
/// </summary>
internal static partial class Mentions
{
    [GeneratedRegex(@"@\[(?:[^\]\[\r\n]{0,80}\]\()?([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})[\)\]]")]
    private static partial Regex Written();

    [GeneratedRegex(@"@\[([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\]")]
    private static partial Regex Stored();

    /// <summary>The text with each mention reduced to <c>@[id]</c>, and the distinct mentioned ids (at most 10).</summary>
    public static (string Text, IReadOnlyList<Guid> Ids) Normalize(string text)
    {
        var ids = new List<Guid>();
        var normalized = Written().Replace(text, m =>
        {
            var id = Guid.Parse(m.Groups[1].Value);
            if (!ids.Contains(id) && ids.Count < 10) ids.Add(id);
            return $"@[{id:D}]";
        });
        return (normalized, ids);
    }

    /// <summary>The text as a reader will see it (<c>@Name</c>), for the content pipeline: ids are not words.</summary>
    public static string ForCheck(string written) =>
        Written().Replace(written, m => { var open = m.Value.IndexOf("](", StringComparison.Ordinal); return open > 2 ? "@" + m.Value[2..open] : "@someone"; });

    public static IReadOnlyList<Guid> InStored(string text) =>
        Stored().Matches(text).Select(m => Guid.Parse(m.Groups[1].Value)).Distinct().ToList();

    /// <summary>The stored text with each <c>@[id]</c> shown as <c>@Name</c> (or "@someone" for an unknown or deleted account).</summary>
    public static string Display(string stored, IReadOnlyDictionary<Guid, string> names) =>
        Stored().Replace(stored, m => "@" + (names.TryGetValue(Guid.Parse(m.Groups[1].Value), out var n) ? n : "someone"));
}
