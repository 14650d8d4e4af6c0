namespace Plaza.Web.Modules.Notifications.Contracts;

/// <summary>
/// How other modules' event handlers tell someone something. Safe to call twice for the same source
/// event: the second call changes nothing. Respects the recipient's choices.
/// </summary>
internal interface INotifier
{
    Task Notify(Guid recipientId, string kind, Guid sourceEventId, Guid? subjectId, IReadOnlyDictionary<string, string> data, string? link,
        CancellationToken ct);
}
