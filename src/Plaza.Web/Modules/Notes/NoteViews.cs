namespace Plaza.Web.Modules.Notes;

internal sealed record NotePhotoView(Guid Id, string Url, string? Alt);

/// <summary>A tagged product with the tagging store's current price; null price when the store no longer lists it.</summary>
internal sealed record TaggedProductView(Guid ProductId, Guid StoreId, string? Name, long? PriceMinor, string? Currency, string? PhotoUrl, bool Available,
    string BuyUrl);

/// <summary>A note as a reader sees it. <c>BodyHtml</c> went through the pipeline's sanitizing renderer; the title is plain text.</summary>
internal sealed record NoteView(Guid Id, Guid AuthorAccountId, string AuthorName, Guid? CommunityId, string Title, string Body, string BodyHtml,
    NoteStatus Status, IReadOnlyList<NotePhotoView> Photos, IReadOnlyList<TaggedProductView> Products,
    int LikeCount, int SaveCount, int CommentCount, bool LikedByMe, bool SavedByMe, DateTime CreatedAtUtc, DateTime? EditedAtUtc);

/// <summary>A note in a list: no body, no prices.</summary>
internal sealed record NoteSummaryView(Guid Id, Guid AuthorAccountId, string AuthorName, Guid? CommunityId, string Title, string? PhotoUrl,
    int LikeCount, int SaveCount, int CommentCount, DateTime CreatedAtUtc);

internal sealed record NotePage(IReadOnlyList<NoteSummaryView> Items, string? NextCursor);

/// <summary>A comment as readers see it: plain text (encode it), mentions shown as <c>@Name</c>, with its replies.</summary>
internal sealed record CommentView(Guid Id, Guid? ParentId, Guid AuthorAccountId, string AuthorName, string Text, NoteStatus Status,
    DateTime CreatedAtUtc, IReadOnlyList<CommentView> Replies);
