using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Plaza.Web.Modules.Identity.Contracts;
using Plaza.Web.Modules.Moderation.Contracts;
using Plaza.Web.Modules.Notifications.Contracts;
using Plaza.Web.Platform.Auth;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Validation;

namespace Plaza.Web.Modules.Notes;

/// <summary>
/// Someone comments on a note or replies to a comment (one level of replies), up to 2,000 characters, through the
/// content pipeline (refused → 400 <c>text</c>; held → Pending, seen only by its author). Notifications are written
/// at once through <see cref="INotifier"/> with the comment's id as the source: a comment tells the note's author ("Comment"),
/// a reply tells the parent comment's author ("Reply"), each mention tells the mentioned account ("Mention");
/// nobody is told about their own action, and nobody twice for one comment. Mentions: see <see cref="Mentions"/>.
/// </summary>
internal static class WriteComment
{
    public sealed record CommentRequest(string? Text);

    public sealed record Dependencies(PlazaDb Db, NoteReader Reader, IContentPipeline Pipeline, IAccountDirectory Accounts, INotifier Notifier,
        TimeProvider Clock);

    /// <returns>null when the note (or the parent comment) is not there for the caller.</returns>
    public static async Task<Outcome<NoteComment>?> Execute(Guid noteId, Guid? parentId, CommentRequest r, ClaimsPrincipal user, Dependencies d,
        CancellationToken ct)
    {
        var me = user.RequiredAccountId();
        var note = await d.Reader.Readable(noteId, me, ct);
        if (note is null) return null;
        note.EnsureInteractive();
        NoteComment? parent = null;
        if (parentId is { } pid)
        {
            parent = await d.Db.Set<NoteComment>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == pid && c.NoteId == noteId, ct);
            if (parent is null || parent.Status == NoteStatus.Removed || !parent.IsPublished && parent.AuthorAccountId != me) return null;
        }
        var v = new Validator().Text(r.Text, "text", NoteComment.TextMax);
        if (!v.IsValid) return v;
        var (text, mentioned) = Mentions.Normalize(r.Text!.Trim());
        var now = d.Clock.GetUtcNow().UtcDateTime;
        var held = await NoteModeration.Check(ContentKind.Comment, null, null, Mentions.ForCheck(r.Text), me, v, d.Pipeline, d.Accounts, now, ct,
            d.Db.Set<NoteComment>().Where(c => c.AuthorAccountId == me).Select(c => c.CreatedAtUtc));
        if (!v.IsValid) return v;
        if (text.Length > NoteComment.TextMax) return v.Add("text", $"'text' must be at most {NoteComment.TextMax} characters.");

        var comment = NoteComment.Write(noteId, parent, me, text, held, now);
        await using (var tx = await d.Db.Database.BeginTransactionAsync(ct))
        {
            d.Db.Add(comment);
            await d.Db.SaveChangesAsync(ct);
            if (!held) await NoteCounters.Comments(d.Db, noteId, 1, ct);
            await tx.CommitAsync(ct);
        }
        if (!held) await Notify(note, parent, comment, mentioned, d, ct);
        return comment;
    }

    private static async Task Notify(Note note, NoteComment? parent, NoteComment comment, IReadOnlyList<Guid> mentioned, Dependencies d, CancellationToken ct)
    {
        var me = comment.AuthorAccountId;
        var told = new HashSet<Guid> { me };
        var data = new Dictionary<string, string> { ["noteId"] = note.Id.ToString(), ["commentId"] = comment.Id.ToString(), ["actorId"] = me.ToString() };
        var link = $"/notes/{note.Id}#comment-{comment.Id}";
        if (parent is not null && told.Add(parent.AuthorAccountId))
            await d.Notifier.Notify(parent.AuthorAccountId, NoteNotificationKinds.Reply.Name, comment.Id, note.Id, data, link, ct);
        if (told.Add(note.AuthorAccountId))
            await d.Notifier.Notify(note.AuthorAccountId, NoteNotificationKinds.Comment.Name, comment.Id, note.Id, data, link, ct);
        var existing = mentioned.Count == 0 ? new Dictionary<Guid, PersonRef>() : await d.Accounts.People(mentioned, ct);
        foreach (var id in mentioned)
            if (existing.ContainsKey(id) && told.Add(id) && await d.Reader.CanSee(note, id, ct))
                await d.Notifier.Notify(id, NoteNotificationKinds.Mention.Name, comment.Id, note.Id, data, link, ct);
    }

    public static async Task<Results<Created<CommentView>, ValidationProblem, NotFound>> HandleComment(Guid id, CommentRequest request, ClaimsPrincipal user,
        PlazaDb db, NoteReader reader, IContentPipeline pipeline, IAccountDirectory accounts, INotifier notifier, TimeProvider clock, CancellationToken ct) =>
        await Created(id, null, request, user, new Dependencies(db, reader, pipeline, accounts, notifier, clock), ct);

    public static async Task<Results<Created<CommentView>, ValidationProblem, NotFound>> HandleReply(Guid id, Guid commentId, CommentRequest request,
        ClaimsPrincipal user, PlazaDb db, NoteReader reader, IContentPipeline pipeline, IAccountDirectory accounts, INotifier notifier, TimeProvider clock,
        CancellationToken ct) =>
        await Created(id, commentId, request, user, new Dependencies(db, reader, pipeline, accounts, notifier, clock), ct);

    private static async Task<Results<Created<CommentView>, ValidationProblem, NotFound>> Created(Guid id, Guid? parentId, CommentRequest request,
        ClaimsPrincipal user, Dependencies d, CancellationToken ct)
    {
        var outcome = await Execute(id, parentId, request, user, d, ct);
        if (outcome is not { } o) return TypedResults.NotFound();
        if (!o.Ok) return TypedResults.ValidationProblem(o.Errors!);
        var c = o.Value!;
        var ids = Mentions.InStored(c.Text).Append(c.AuthorAccountId).Distinct().ToList();
        var names = (await d.Accounts.People(ids, ct)).ToDictionary(p => p.Key, p => p.Value.DisplayName);
        return TypedResults.Created($"/api/v1/notes/{id}/comments/{c.Id}",
            new CommentView(c.Id, c.ParentId, c.AuthorAccountId, names.GetValueOrDefault(c.AuthorAccountId, ""), Mentions.Display(c.Text, names), c.Status,
                c.CreatedAtUtc, []));
    }
}
