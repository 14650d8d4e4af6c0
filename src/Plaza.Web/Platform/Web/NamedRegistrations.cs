namespace Plaza.Web.Platform.Web;

/// <summary>
/// Things modules register by name from their own AddX() (notification kinds, share targets): each name once, in a form a
/// database column holds and an API can take in any case. A mistake is refused at start-up, not on first use.
/// </summary>
internal static class NamedRegistrations
{
    /// <summary>
    /// Adds <paramref name="item"/> as a singleton of <typeparamref name="T"/>. Throws when its name is not a capital letter
    /// then letters and digits (at most <paramref name="maxLength"/>), or when one of the same name, in any case, is there already.
    /// </summary>
    /// <param name="what">What the item is, for the message ("Notification kind").</param>
    public static IServiceCollection AddNamed<T>(this IServiceCollection services, T item, Func<T, string> nameOf, int maxLength, string what)
        where T : class
    {
        var name = nameOf(item);
        if (!IsWellFormed(name, maxLength))
            throw new InvalidOperationException($"{what} '{name}': a name is a capital letter, then letters and digits, at most {maxLength} characters.");
        if (services.Select(d => d.ImplementationInstance).OfType<T>().Any(other => string.Equals(nameOf(other), name, StringComparison.OrdinalIgnoreCase)))
            throw new InvalidOperationException($"{what} '{name}' is registered twice.");
        return services.AddSingleton(item);
    }

    public static bool IsWellFormed(string? name, int maxLength) =>
        name is { Length: > 0 } && name.Length <= maxLength && char.IsAsciiLetterUpper(name[0]) && name.All(char.IsAsciiLetterOrDigit);
}
