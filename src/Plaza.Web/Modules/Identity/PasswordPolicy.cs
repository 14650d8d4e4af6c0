using System.Reflection;

namespace Plaza.Web.Modules.Identity;

/// <summary>
/// What NIST SP 800-63B asks of a new password: 8 to 128 characters, any characters, no composition rules, and not one that
/// attackers try first: a password leaked from other sites (the 30,000 most common, shipped in the zxcvbn-core package, plus
/// Plaza's own list: recent years, Spanish and Chinese favourites, the site's name), a repetition or straight sequence, or one built
/// from the site's name or the person's own login ("plaza2026", "ada.lovelace1"). Each refusal has a stable code for apps.
/// </summary>
internal sealed class PasswordPolicy(string siteName)
{
    public const int MinLength = 8;
    public const int MaxLength = 128;
    public const string SiteNameKey = "Site:Name";

    public sealed record Problem(string Code, string Message);

    /// <summary>The package's list, by the name zxcvbn-core embeds it under (a unit test fails if an update moves it).</summary>
    internal const string PackagedListName = "zxcvbn-core.Dictionaries.passwords.lst";

    private static readonly Lazy<HashSet<string>> Breached = new(() =>
    {
        var set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        Read(typeof(Zxcvbn.Zxcvbn).Assembly, PackagedListName, set);
        Read(Assembly.GetExecutingAssembly(), "common-passwords.txt", set);
        return set;
    });

    internal static int BreachedCount => Breached.Value.Count;

    private static void Read(Assembly assembly, string name, HashSet<string> into)
    {
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The password list '{name}' is missing from {assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
            if (line.Trim() is { Length: > 0 } word) into.Add(word);
    }

    /// <returns>Why the password is refused, or null when it is acceptable.</returns>
    public Problem? Check(string? password, string? login)
    {
        if (string.IsNullOrEmpty(password)) return new("password_required", "A password is required.");
        if (password.Length < MinLength) return new("password_too_short", $"Use at least {MinLength} characters.");
        if (password.Length > MaxLength) return new("password_too_long", $"Use at most {MaxLength} characters.");
        if (IsBreached(password))
            return new("password_breached", "This password is on lists of passwords leaked from other sites. Choose another.");
        if (IsPattern(password)) return new("password_guessable", "This password is too easy to guess.");
        if (IsBuiltFrom(password, ContextWords(login)))
            return new("password_like_login", "The password must not be built from your login or the site's name.");
        return null;
    }

    /// <summary>On the list as it is, or once the digits and symbols people add at the end are taken off ("Sunshine2026!").</summary>
    private static bool IsBreached(string password)
    {
        if (Breached.Value.Contains(password)) return true;
        var core = password.TrimEnd().TrimEnd("0123456789!@#$%^&*?.,-_+=~ ".ToCharArray());
        return core.Length >= 4 && core.Length < password.Length && Breached.Value.Contains(core);
    }

    /// <summary>Fewer than three different characters, one short run repeated ("abcabcab"), or a straight run ("abcdefgh", "87654321").</summary>
    private static bool IsPattern(string password)
    {
        var text = password.ToLowerInvariant();
        if (text.Distinct().Count() < 3) return true;
        for (var period = 1; period <= text.Length / 2; period++)
            if (Enumerable.Range(period, text.Length - period).All(i => text[i] == text[i - period])) return true;
        var step = text[1] - text[0];
        return Math.Abs(step) == 1 && Enumerable.Range(1, text.Length - 1).All(i => text[i] - text[i - 1] == step);
    }

    /// <summary>The site's name and the person's login, whole and in parts (the email's local part, the phone's digits).</summary>
    private List<string> ContextWords(string? login)
    {
        var words = new List<string> { siteName };
        if (!string.IsNullOrWhiteSpace(login))
        {
            var trimmed = login.Trim();
            words.Add(trimmed);
            if (trimmed.IndexOf('@') is > 0 and var at) words.Add(trimmed[..at]);
            words.Add(new string([.. trimmed.Where(char.IsAsciiDigit)]));
        }
        return [.. words.Select(w => w.ToLowerInvariant()).Where(w => w.Length >= 3).Distinct().OrderByDescending(w => w.Length)];
    }

    /// <summary>Nothing but those words plus digits and symbols: no word of the person's own is left once they are taken out.</summary>
    private static bool IsBuiltFrom(string password, List<string> words)
    {
        var rest = password.ToLowerInvariant();
        foreach (var word in words) rest = rest.Replace(word, "", StringComparison.Ordinal);
        return rest.Length < password.Length && !rest.Any(char.IsLetter);
    }
}
