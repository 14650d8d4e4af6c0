using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Plaza.Web.Modules.Notifications.Contracts;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Notifications;

internal sealed class Notifier(PlazaDb db, NotificationKinds kinds, TimeProvider clock) : INotifier
{
    public async Task Notify(Guid recipientId, string kind, Guid sourceEventId, Guid? subjectId, IReadOnlyDictionary<string, string> data, string? link,
        CancellationToken ct)
    {
        // An unregistered kind is a mistake in the calling module, not something to store.
        var stored = (kinds.Find(kind) ?? throw new ArgumentException($"No module registers the notification kind '{kind}'.", nameof(kind))).Name;
        if (await db.Set<NotificationOptOut>().AnyAsync(o => o.AccountId == recipientId && o.Kind == stored, ct)) return;
        if (await db.Set<Notification>().AnyAsync(n => n.RecipientId == recipientId && n.SourceEventId == sourceEventId, ct)) return;
        // Delivered twice at the same moment: the unique index keeps one.
        await db.InsertOnceAsync(Notification.Create(recipientId, stored, sourceEventId, subjectId, JsonSerializer.Serialize(data), link,
            clock.GetUtcNow().UtcDateTime), ct);
    }
}
