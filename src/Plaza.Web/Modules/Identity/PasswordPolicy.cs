using System.Reflection;

namespace Plaza.Web.Modules.Identity;

/// <summary>At least 8 characters and not on the list of passwords attackers try first.</summary>
internal static class PasswordPolicy
{
    public const int MinLength = 8;
    public const int MaxLength = 128;

    private static readonly Lazy<HashSet<string>> Common = new(() =>
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("common-passwords.txt")!;
        using var reader = new StreamReader(stream);
        var set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        while (reader.ReadLine() is { } line)
            if (line.Length > 0) set.Add(line.Trim());
        return set;
    });

    /// <returns>An error message, or null when the password is acceptable.</returns>
    public static string? Check(string? password, string? login)
    {
        if (string.IsNullOrEmpty(password)) return "A password is required.";
        if (password.Length < MinLength) return $"Use at least {MinLength} characters.";
        if (password.Length > MaxLength) return $"Use at most {MaxLength} characters.";
        if (Common.Value.Contains(password)) return "This password is too common. Choose another.";
        if (password.Distinct().Count() < 3) return "This password is too easy to guess.";
        if (login is not null && password.Equals(login, StringComparison.OrdinalIgnoreCase)) return "The password must differ from your login.";
        return null;
    }
}
