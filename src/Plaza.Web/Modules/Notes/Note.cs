using Plaza.Web.Platform.Errors;

namespace Plaza.Web.Modules.Notes;

/// <summary>Published: everyone who may read it sees it. Pending: the content pipeline held it for a moderator. Removed: a moderator took it down.</summary>
internal enum NoteStatus { Published, Pending, Removed }

/// <summary>
/// A shopper's shared shopping experience: a title, a Markdown body, up to 9 photos, up to 10 products
/// tagged from stores' catalogues, optionally posted into a community (then readable only by whoever may
/// read that community). Like, save and comment counts only move by one conditional UPDATE each
/// (<see cref="NoteCounters"/>), never read-modify-write. Stores no name or email: only account ids.
/// </summary>
internal sealed class Note
{
    public const int TitleMax = 120, BodyMax = 10_000, MaxPhotos = 9, MaxProducts = 10;

    private readonly List<NotePhoto> _photos = [];
    private readonly List<NoteProduct> _products = [];

    private Note() { }

    public Guid Id { get; private set; }
    public Guid AuthorAccountId { get; private set; }
    public Guid? CommunityId { get; private set; }
    public string Title { get; private set; } = "";
    public string Body { get; private set; } = "";
    public NoteStatus Status { get; private set; }
    public DateTime CreatedAtUtc { get; private set; }
    public DateTime? EditedAtUtc { get; private set; }
    public int LikeCount { get; private set; }
    public int SaveCount { get; private set; }
    public int CommentCount { get; private set; }
    public IReadOnlyList<NotePhoto> Photos => _photos;
    public IReadOnlyList<NoteProduct> Products => _products;

    public bool IsPublished => Status == NoteStatus.Published;

    /// <param name="authorIsMember">Whether the author is an active member of <paramref name="communityId"/> (ignored without one).</param>
    /// <param name="held">The content pipeline wants a moderator to see it first.</param>
    public static Note Post(Guid authorId, Guid? communityId, bool authorIsMember, string title, string? body,
        IReadOnlyList<(Guid ProductId, Guid StoreId)> products, bool held, DateTime now)
    {
        if (communityId is not null && !authorIsMember)
            throw new DomainException("not_a_member", "Join the community before posting a note in it.");
        var note = new Note { Id = Guid.CreateVersion7(), AuthorAccountId = authorId, CommunityId = communityId, CreatedAtUtc = now };
        note.Set(title, body, products, held);
        return note;
    }

    /// <summary>The author changes title, body and tagged products; it is checked again, so it may be held again.</summary>
    public void Edit(Guid by, string title, string? body, IReadOnlyList<(Guid ProductId, Guid StoreId)> products, bool held, DateTime now)
    {
        EnsureAuthor(by);
        EnsureNotRemoved();
        Set(title, body, products, held);
        EditedAtUtc = now;
    }

    /// <summary>A moderator lets a held note be seen.</summary>
    public void Approve()
    {
        if (Status == NoteStatus.Pending) Status = NoteStatus.Published;
    }

    /// <summary>A moderator takes the note down; the author is told why by notification.</summary>
    public void Remove() => Status = NoteStatus.Removed;

    public void EnsureAuthor(Guid accountId)
    {
        if (accountId != AuthorAccountId) throw new DomainException("not_the_author", "Only the author can change this note.");
    }

    public void EnsureNotRemoved()
    {
        if (Status == NoteStatus.Removed) throw new DomainException("note_removed", "This note was removed by a moderator.");
    }

    /// <summary>Likes, saves and comments go only to published notes.</summary>
    public void EnsureInteractive()
    {
        if (!IsPublished) throw new DomainException("note_not_published", "This note is not published.");
    }

    public NotePhoto AddPhoto(Guid by, string fileName, string contentType, string? alt)
    {
        EnsureAuthor(by);
        EnsureNotRemoved();
        if (_photos.Count >= MaxPhotos) throw new DomainException("too_many_photos", "A note has at most 9 photos.");
        var position = _photos.Count == 0 ? 0 : _photos.Max(p => p.Position) + 1;
        var photo = new NotePhoto(Guid.CreateVersion7(), Id, fileName, contentType,
            (alt ?? "").Trim() is { Length: > 0 } a ? a[..Math.Min(a.Length, NotePhoto.AltMax)] : null, position);
        _photos.Add(photo);
        return photo;
    }

    /// <summary>The author takes a photo off the note; null when the note has no such photo. The caller deletes its file after saving.</summary>
    public NotePhoto? RemovePhoto(Guid by, Guid photoId)
    {
        EnsureAuthor(by);
        EnsureNotRemoved();
        var photo = _photos.FirstOrDefault(p => p.Id == photoId);
        if (photo is not null) _photos.Remove(photo);
        return photo;
    }

    private void Set(string title, string? body, IReadOnlyList<(Guid ProductId, Guid StoreId)> products, bool held)
    {
        var t = (title ?? "").Trim();
        if (t.Length is 0 or > TitleMax) throw new DomainException("invalid_title", "A note's title has 1 to 120 characters.");
        var b = (body ?? "").Trim();
        if (b.Length > BodyMax) throw new DomainException("invalid_body", "A note's text has at most 10,000 characters.");
        var distinct = products.Distinct().ToList();
        if (distinct.Count > MaxProducts) throw new DomainException("too_many_products", "A note tags at most 10 products.");
        Title = t;
        Body = b;
        _products.Clear();
        for (var i = 0; i < distinct.Count; i++) _products.Add(new NoteProduct(Id, distinct[i].ProductId, distinct[i].StoreId, i));
        Status = held ? NoteStatus.Pending : NoteStatus.Published;
    }
}

internal sealed class NotePhoto
{
    public const int AltMax = 200;

    private NotePhoto() { }

    public NotePhoto(Guid id, Guid noteId, string fileName, string contentType, string? alt, int position)
    {
        Id = id; NoteId = noteId; FileName = fileName; ContentType = contentType; Alt = alt; Position = position;
    }

    public Guid Id { get; private set; }
    public Guid NoteId { get; private set; }
    public string FileName { get; private set; } = "";
    public string ContentType { get; private set; } = "";
    public string? Alt { get; private set; }
    public int Position { get; private set; }
    public string Url => "/media/photos/" + FileName;
}

/// <summary>A product a note tags, as one store lists it (the note page shows that store's price and a buy link).</summary>
internal sealed class NoteProduct
{
    private NoteProduct() { }

    public NoteProduct(Guid noteId, Guid productId, Guid storeId, int position)
    {
        NoteId = noteId; ProductId = productId; StoreId = storeId; Position = position;
    }

    public Guid NoteId { get; private set; }
    public Guid ProductId { get; private set; }
    public Guid StoreId { get; private set; }
    public int Position { get; private set; }
}

/// <summary>One account likes (or saved) one note: one row per account and note, the primary key decides races.</summary>
internal sealed class NoteLike
{
    private NoteLike() { }
    public NoteLike(Guid noteId, Guid accountId, DateTime now) { NoteId = noteId; AccountId = accountId; CreatedAtUtc = now; }
    public Guid NoteId { get; private set; }
    public Guid AccountId { get; private set; }
    public DateTime CreatedAtUtc { get; private set; }
}

internal sealed class NoteSave
{
    private NoteSave() { }
    public NoteSave(Guid noteId, Guid accountId, DateTime now) { NoteId = noteId; AccountId = accountId; CreatedAtUtc = now; }
    public Guid NoteId { get; private set; }
    public Guid AccountId { get; private set; }
    public DateTime CreatedAtUtc { get; private set; }
}

/// <summary>
/// A comment on a note, or a reply to one (one level: replying to a reply attaches to its top comment).
/// Mentions are stored as <c>@[account-id]</c> tokens only (see <see cref="Mentions"/>), so no name is stored.
/// </summary>
internal sealed class NoteComment
{
    public const int TextMax = 2000;

    private NoteComment() { }

    public Guid Id { get; private set; }
    public Guid NoteId { get; private set; }
    public Guid? ParentId { get; private set; }
    public Guid AuthorAccountId { get; private set; }
    public string Text { get; private set; } = "";
    public NoteStatus Status { get; private set; }
    public DateTime CreatedAtUtc { get; private set; }

    public bool IsPublished => Status == NoteStatus.Published;

    public static NoteComment Write(Guid noteId, NoteComment? parent, Guid authorId, string text, bool held, DateTime now)
    {
        var t = (text ?? "").Trim();
        if (t.Length is 0 or > TextMax) throw new DomainException("invalid_text", "A comment has 1 to 2000 characters.");
        if (parent is not null && parent.NoteId != noteId) throw new DomainException("wrong_note", "That comment belongs to another note.");
        return new NoteComment
        {
            Id = Guid.CreateVersion7(), NoteId = noteId, ParentId = parent is null ? null : parent.ParentId ?? parent.Id,
            AuthorAccountId = authorId, Text = t, Status = held ? NoteStatus.Pending : NoteStatus.Published, CreatedAtUtc = now,
        };
    }

    public void EnsureAuthor(Guid accountId)
    {
        if (accountId != AuthorAccountId) throw new DomainException("not_the_author", "You can only delete your own comments.");
    }
}
