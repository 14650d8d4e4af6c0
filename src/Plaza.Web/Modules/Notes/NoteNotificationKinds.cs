using Plaza.Web.Modules.Notifications.Contracts;

namespace Plaza.Web.Modules.Notes;

/// <summary>The notifications Notes sends about likes, comments, replies and mentions, registered in <see cref="NotesModule.AddNotes"/>.</summary>
internal static class NoteNotificationKinds
{
    public static readonly NotificationKindDefinition Like = new("Like", "Likes", Order: 30, (L, _) => L["Someone liked your note."]);

    public static readonly NotificationKindDefinition Comment = new("Comment", "Comments", Order: 40, (L, _) => L["Someone commented on your note."]);

    public static readonly NotificationKindDefinition Reply = new("Reply", "Replies", Order: 50, (L, _) => L["Someone replied to your comment."]);

    public static readonly NotificationKindDefinition Mention = new("Mention", "Mentions", Order: 60, (L, _) => L["Someone mentioned you in a comment."]);

    public static IServiceCollection AddNoteNotificationKinds(this IServiceCollection services) =>
        services.AddNotificationKind(Like).AddNotificationKind(Comment).AddNotificationKind(Reply).AddNotificationKind(Mention);
}
