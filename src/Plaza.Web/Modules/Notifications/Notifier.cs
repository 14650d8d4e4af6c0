using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Plaza.Web.Modules.Notifications.Contracts;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Notifications;

internal sealed class Notifier(PlazaDb db, TimeProvider clock) : INotifier
{
    public async Task Notify(Guid recipientId, string kind, Guid sourceEventId, Guid? subjectId, IReadOnlyDictionary<string, string> data, string? link, CancellationToken ct)
    {
        var parsed = Enum.Parse<NotificationKind>(kind);
        if (await db.Set<NotificationOptOut>().AnyAsync(o => o.AccountId == recipientId && o.Kind == parsed, ct)) return;
        if (await db.Set<Notification>().AnyAsync(n => n.RecipientId == recipientId && n.SourceEventId == sourceEventId, ct)) return;
        // Delivered twice at the same moment: the unique index keeps one.
        await db.InsertOnceAsync(Notification.Create(recipientId, parsed, sourceEventId, subjectId, JsonSerializer.Serialize(data), link,
            clock.GetUtcNow().UtcDateTime), ct);
    }
}
