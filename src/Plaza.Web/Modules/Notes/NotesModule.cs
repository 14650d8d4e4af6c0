using Plaza.Web.Platform.Web;

namespace Plaza.Web.Modules.Notes;

/// <summary>
/// Notes: shoppers share shopping experiences (title, Markdown, photos, tagged products), optionally in a
/// community; likes, saves, comments with one level of replies and @mentions. Text passes the content
/// pipeline (Moderation); notifications go through Notifications' INotifier at once.
/// </summary>
internal static class NotesModule
{
    public static WebApplicationBuilder AddNotes(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<NoteReader>();
        builder.Services.AddNoteNotificationKinds();
        builder.Services.AddScoped<Contracts.INoteTags, NoteTags>();
        builder.Services.AddScoped<Moderation.Contracts.IModeratedContent, ModeratedNotes>();
        builder.Services.AddScoped<Moderation.Contracts.IModeratedContent, ModeratedComments>();
        builder.Services.AddScoped<Identity.Contracts.ITrustSignalSource, NoteTrustSignals>();
        builder.Services.AddScoped<Privacy.Contracts.IPersonalDataContributor, NotePersonalData>();
        builder.Services.AddMenuEntry(Menus.Main, "Feed", "/feed", 10, testId: "feed-nav");
        return builder;
    }

    public static WebApplication MapNotes(this WebApplication app)
    {
        var notes = app.MapGroup("/api/v1/notes").WithTags("Notes");
        notes.MapPost("/", PostNote.Handle).WithName("PostNote").RequireAuthorization("api")
            .WithSummary("Post a note: title, Markdown body, tagged products (product and store), optionally into a community I am a member of");
        notes.MapGet("/{id:guid}", GetNote.Handle).WithName("GetNote")
            .WithSummary("A note with rendered HTML, photos and tagged products at the store's current price with a buy link");
        notes.MapPut("/{id:guid}", EditNote.Handle).WithName("EditNote").RequireAuthorization("api")
            .WithSummary("Change my note's title, body and tagged products");
        notes.MapDelete("/{id:guid}", DeleteNote.Handle).WithName("DeleteNote").RequireAuthorization("api").WithSummary("Delete my note");
        notes.MapPost("/{id:guid}/photos", NotePhotos.Handle).WithName("AddNotePhoto").RequireAuthorization("api").DisableAntiforgery()
            .WithSummary("Add a photo to my note (multipart: file, alt): JPEG, PNG or WebP up to 5 MB, at most 9");
        notes.MapDelete("/{id:guid}/photos/{photoId:guid}", NotePhotos.HandleRemove).WithName("RemoveNotePhoto").RequireAuthorization("api")
            .WithSummary("Take a photo off my note");
        notes.MapPost("/{id:guid}/like", NoteReactions.HandleLike).WithName("LikeNote").RequireAuthorization("api").WithSummary("Like a note (once)");
        notes.MapDelete("/{id:guid}/like", NoteReactions.HandleUnlike).WithName("UnlikeNote").RequireAuthorization("api").WithSummary("Take my like back");
        notes.MapPost("/{id:guid}/save", NoteReactions.HandleSave).WithName("SaveNote").RequireAuthorization("api")
            .WithSummary("Save a note to my favourites (once)");
        notes.MapDelete("/{id:guid}/save", NoteReactions.HandleUnsave).WithName("UnsaveNote").RequireAuthorization("api")
            .WithSummary("Take a note out of my favourites");
        notes.MapGet("/{id:guid}/comments", ListComments.Handle).WithName("ListNoteComments")
            .WithSummary("A note's comments, oldest first, each with its replies");
        notes.MapPost("/{id:guid}/comments", WriteComment.HandleComment).WithName("CommentOnNote").RequireAuthorization("api")
            .WithSummary("Comment on a note (mention people as @[Name](account-id))");
        notes.MapPost("/{id:guid}/comments/{commentId:guid}/replies", WriteComment.HandleReply).WithName("ReplyToComment").RequireAuthorization("api")
            .WithSummary("Reply to a comment");
        notes.MapDelete("/{id:guid}/comments/{commentId:guid}", DeleteComment.Handle).WithName("DeleteComment").RequireAuthorization("api")
            .WithSummary("Delete my comment");

        app.MapGet("/api/v1/people/{accountId:guid}/notes", ListNotes.HandleByAuthor).WithName("ListNotesByAuthor").WithTags("Notes")
            .WithSummary("A person's notes, newest first (cursor)");
        app.MapGet("/api/v1/communities/{communityId:guid}/notes", ListNotes.HandleByCommunity).WithName("ListCommunityNotes").WithTags("Notes")
            .WithSummary("A community's notes, newest first (cursor)");
        app.MapGet("/api/v1/me/saved", ListNotes.HandleSaved).WithName("ListSavedNotes").RequireAuthorization("api").WithTags("Notes")
            .WithSummary("Notes I saved, newest first (cursor)");
        app.MapGet("/api/v1/feed", Feed.Handle).WithName("GetFeed").WithTags("Notes").Produces(StatusCodes.Status401Unauthorized)
            .WithSummary(
                "The feed: tab=following (signed in: people and stores I follow, communities I joined; newest first) or discover (ranked by quality, " +
                "engagement and freshness, at most 2 notes per author a page); pass nextCursor back as cursor");
        return app;
    }
}
