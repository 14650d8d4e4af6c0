namespace Plaza.Web.Platform.Web;

/// <summary>
/// What modules registered by name (<see cref="NamedRegistrations"/>), smallest order first, found by name in any case.
/// A registry of one sort derives from it (notification kinds, share targets).
/// </summary>
internal abstract class NamedRegistry<T> where T : class
{
    private readonly Dictionary<string, T> _byName = new(StringComparer.OrdinalIgnoreCase);

    protected NamedRegistry(IEnumerable<T> items, Func<T, string> nameOf, Func<T, int> orderOf)
    {
        All = items.OrderBy(orderOf).ThenBy(nameOf, StringComparer.Ordinal).ToList();
        foreach (var item in All)
            if (!_byName.TryAdd(nameOf(item), item)) throw new InvalidOperationException($"'{nameOf(item)}' is registered twice.");
    }

    public IReadOnlyList<T> All { get; }

    /// <summary>The item of this name, in any case; null when no module registers it.</summary>
    public T? Find(string name) => _byName.GetValueOrDefault(name);
}
