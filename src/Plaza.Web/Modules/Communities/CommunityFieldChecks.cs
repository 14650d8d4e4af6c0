using Plaza.Web.Platform.Validation;

namespace Plaza.Web.Modules.Communities;

/// <summary>Field checks shared by creating and editing a community.</summary>
internal static class CommunityFieldChecks
{
    /// <summary>
    /// Length and control characters as everywhere, plus bidirectional overrides and isolates
    /// (U+202A–U+202E, U+2066–U+2069), which make text read differently from how it is stored.
    /// </summary>
    public static Validator Field(this Validator v, string? value, string field, int max, bool required = true, int min = 1)
    {
        v.Text(value, field, max, required, min);
        if (value is not null && value.Any(c => c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069'))
            v.Add(field, $"'{field}' contains text direction control characters.");
        return v;
    }

    public static T? ParseEnum<T>(this Validator v, string? value, string field, bool required = true) where T : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required) v.Add(field, $"'{field}' is required.");
            return null;
        }
        if (Enum.TryParse<T>(value, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !value.Trim().All(char.IsDigit)) return parsed;
        v.Add(field, $"'{field}' must be one of: {string.Join(", ", Enum.GetNames<T>().Select(n => n.ToLowerInvariant()))}.");
        return null;
    }
}
