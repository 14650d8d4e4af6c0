using Microsoft.EntityFrameworkCore;
using Plaza.Web.Modules.Stores.Contracts;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Support.ServiceLevels;

/// <summary>
/// Measures conversations against their store's targets: the status histories read once per list, and each store's targets
/// and hours once per request (scoped), however many lists a page measures (the inbox, the open conversation, earlier ones).
/// </summary>
internal sealed class ServiceLevelReader(PlazaDb db, IStoreDirectory stores)
{
    private readonly Dictionary<Guid, ServiceTargets> _targets = [];
    private readonly Dictionary<Guid, OpeningHours?> _hours = [];

    public async Task<ServiceTargets> Targets(Guid storeId, CancellationToken ct)
    {
        if (!_targets.TryGetValue(storeId, out var targets))
            _targets[storeId] = targets = await db.Set<ServiceTargets>().AsNoTracking().FirstOrDefaultAsync(t => t.StoreId == storeId, ct)
                ?? ServiceTargets.Default(storeId);
        return targets;
    }

    public async Task<OpeningHours?> Hours(Guid storeId, CancellationToken ct)
    {
        if (!_hours.TryGetValue(storeId, out var hours))
            _hours[storeId] = hours = await stores.Details(storeId, ct) is { } store ? OpeningHours.Of(store) : null;
        return hours;
    }

    public async Task<ServiceLevel> Measure(Conversation c, DateTime now, CancellationToken ct) => (await Measure([c], now, ct))[c.Id];

    public async Task<IReadOnlyDictionary<Guid, ServiceLevel>> Measure(IReadOnlyList<Conversation> conversations, DateTime now, CancellationToken ct)
    {
        var reached = conversations.Where(c => c.HandedOverAtUtc is not null).Select(c => c.Id).ToList();
        var history = reached.Count == 0 ? []
            : await db.Set<ConversationStatusChange>().AsNoTracking().Where(h => reached.Contains(h.ConversationId)).ToListAsync(ct);
        var byConversation = history.ToLookup(h => h.ConversationId);
        Dictionary<Guid, (ServiceTargets Targets, OpeningHours Hours)> byStore = [];
        foreach (var storeId in conversations.Select(c => c.StoreId).Distinct())
            byStore[storeId] = (await Targets(storeId, ct), await Hours(storeId, ct) ?? new(TimeZoneInfo.Utc, TimeOnly.MinValue, TimeOnly.MinValue));
        return conversations.ToDictionary(c => c.Id, c =>
            ServiceClock.Measure(c, byConversation[c.Id], byStore[c.StoreId].Hours, byStore[c.StoreId].Targets, now));
    }
}
