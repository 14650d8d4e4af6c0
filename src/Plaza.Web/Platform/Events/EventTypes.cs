using System.Collections.Frozen;
using System.Reflection;

namespace Plaza.Web.Platform.Events;

/// <summary>Event types by a stable name (the type's name), so stored messages survive namespace moves.</summary>
internal static class EventTypes
{
    private static readonly FrozenDictionary<string, Type> ByName = Assembly.GetExecutingAssembly().GetTypes()
        .Where(t => typeof(IDomainEvent).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false })
        .ToFrozenDictionary(t => t.Name, t => t);

    public static string NameOf(Type type) => type.Name;

    public static Type? Find(string name) => ByName.GetValueOrDefault(name);
}
