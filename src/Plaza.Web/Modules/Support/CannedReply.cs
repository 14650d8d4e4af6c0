using System.Text.RegularExpressions;

namespace Plaza.Web.Modules.Support;

/// <summary>
/// One of a store's saved replies: a title for the picker and a text with variables (<see cref="Variables"/>) that are filled
/// from the conversation it is used in. A variable without a value stays in the text as written, for the agent to fill in.
/// </summary>
internal sealed partial class CannedReply
{
    public const int TitleMax = 80, BodyMax = SupportMessage.TextMax, MaxPerStore = 100;

    public const string CustomerName = "customer_name", OrderNumber = "order_number", PickupCode = "pickup_code", StoreName = "store_name";

    /// <summary>The variables a text may use, as <c>{name}</c>.</summary>
    public static readonly IReadOnlyList<string> Variables = [CustomerName, OrderNumber, PickupCode, StoreName];

    private CannedReply() { }

    public Guid Id { get; private set; }
    public Guid StoreId { get; private set; }
    public string Title { get; private set; } = "";
    public string Body { get; private set; } = "";
    public DateTime CreatedAtUtc { get; private set; }
    public Guid CreatedBy { get; private set; }

    public static CannedReply Write(Guid storeId, string title, string body, Guid by, DateTime now) =>
        new() { Id = Guid.CreateVersion7(), StoreId = storeId, Title = title.Trim(), Body = body.Trim(), CreatedAtUtc = now, CreatedBy = by };

    public void Edit(string title, string body)
    {
        Title = title.Trim();
        Body = body.Trim();
    }

    /// <summary>The <c>{names}</c> in a text that are not <see cref="Variables"/>, each once, in the order they appear.</summary>
    public static IReadOnlyList<string> UnknownVariables(string? body) =>
        body is null ? [] : VariablePattern().Matches(body).Select(m => m.Groups[1].Value).Where(v => !Variables.Contains(v)).Distinct().ToList();

    /// <summary>
    /// The text with each variable replaced by its value; a variable with no value (null or blank) stays as written and is
    /// listed in <see cref="FilledText.Missing"/>, each once.
    /// </summary>
    public static FilledText Fill(string body, IReadOnlyDictionary<string, string?> values)
    {
        var missing = new List<string>();
        var text = VariablePattern().Replace(body, m =>
        {
            var name = m.Groups[1].Value;
            if (!Variables.Contains(name)) return m.Value;
            if (values.GetValueOrDefault(name) is { } value && !string.IsNullOrWhiteSpace(value)) return value;
            if (!missing.Contains(name)) missing.Add(name);
            return m.Value;
        });
        return new FilledText(text, missing);
    }

    /// <summary>"{customer_name}, {order_number}" — how a page lists variable names.</summary>
    public static string Written(IEnumerable<string> names) =>
        string.Join(", ", names.Select(n => "{" + n + "}"));

    /// <summary>What reads as a variable: a name in braces, without spaces or other braces.</summary>
    [GeneratedRegex(@"\{([^{}\s]+)\}")]
    private static partial Regex VariablePattern();
}

/// <summary>A saved reply's text with its variables filled, and the variables that had no value.</summary>
internal sealed record FilledText(string Text, IReadOnlyList<string> Missing);
