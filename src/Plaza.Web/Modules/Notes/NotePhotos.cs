using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Plaza.Web.Platform.Auth;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Errors;
using Plaza.Web.Platform.Validation;
using Plaza.Web.Platform.Web;

namespace Plaza.Web.Modules.Notes;

/// <summary>Photos: JPEG, PNG or WebP (checked by their bytes) up to 5 MB, at most 9, each with optional alt text.</summary>
internal static class NotePhotos
{
    public static void Check(IReadOnlyList<IFormFile>? photos, int already, Validator v)
    {
        var count = photos?.Count(PhotoStorage.IsChosen) ?? 0;
        if (already + count > Note.MaxPhotos) v.Add("photos", "A note has at most 9 photos.");
        foreach (var f in photos ?? [])
            if (f.Length > PhotoStorage.MaxBytes) v.Add("photos", "A photo may be at most 5 MB.");
    }

    /// <summary>Stores the files, then the note and its photo rows in one SaveChanges; files of a failed save are deleted again.</summary>
    public static async Task<Outcome<Note>> SaveWith(Note note, Guid by, IReadOnlyList<IFormFile>? photos, string? alt, PlazaDb db, PhotoStorage storage,
        CancellationToken ct)
    {
        var error = await storage.StoreThenSave(photos, (name, type) => db.Add(note.AddPhoto(by, name, type, alt)), () => db.SaveChangesAsync(ct), ct);
        return error is null ? note : new Validator().Add("photos", error);
    }

    public static async Task<Results<Created<NotePhotoView>, ValidationProblem, NotFound>> Handle(Guid id, IFormFile? file,
        [Microsoft.AspNetCore.Mvc.FromForm] string? alt, ClaimsPrincipal user, PlazaDb db, PhotoStorage storage, CancellationToken ct)
    {
        var me = user.RequiredAccountId();
        var note = await db.Set<Note>().Include(n => n.Photos).FirstOrDefaultAsync(n => n.Id == id, ct);
        if (note is null || note.AuthorAccountId != me) return TypedResults.NotFound();
        if (note.Photos.Count >= Note.MaxPhotos) throw new DomainException("too_many_photos", "A note has at most 9 photos.");
        if (PhotoStorage.Missing(file) is { } missing) return new Validator().Add("file", missing).Problem();
        var outcome = await SaveWith(note, me, [file!], alt, db, storage, ct);
        if (!outcome.Ok) return TypedResults.ValidationProblem(outcome.Errors!.ToDictionary(e => "file", e => e.Value));
        var photo = note.Photos[^1];
        return TypedResults.Created(photo.Url, new NotePhotoView(photo.Id, photo.Url, photo.Alt));
    }

    /// <summary>The author takes a photo off their note (its file is deleted too); false when there is no such note of theirs or photo on it.</summary>
    public static async Task<bool> Remove(Guid id, Guid photoId, ClaimsPrincipal user, PlazaDb db, PhotoStorage storage, CancellationToken ct)
    {
        var me = user.RequiredAccountId();
        var note = await db.Set<Note>().Include(n => n.Photos).FirstOrDefaultAsync(n => n.Id == id, ct);
        if (note is null || note.AuthorAccountId != me) return false;
        if (note.RemovePhoto(me, photoId) is not { } photo) return false;
        await db.SaveChangesAsync(ct);
        storage.Delete(photo.FileName);
        return true;
    }

    public static async Task<Results<NoContent, NotFound>> HandleRemove(Guid id, Guid photoId, ClaimsPrincipal user, PlazaDb db, PhotoStorage storage,
        CancellationToken ct) =>
        await Remove(id, photoId, user, db, storage, ct) ? TypedResults.NoContent() : TypedResults.NotFound();
}
