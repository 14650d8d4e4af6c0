namespace Plaza.Web.Platform.Web;

/// <summary>
/// Photos live on disk under Storage:PhotosPath (default data/photos). Every upload comes through <see cref="Save"/>: checked by
/// its first bytes, not by the name or the header the client sent (JPEG, PNG or WebP, at most 5 MB), then decoded and encoded
/// again by <see cref="PhotoCleaner"/>, so what is stored is the pixels and nothing else (no EXIF position or camera, no text).
/// </summary>
internal sealed class PhotoStorage
{
    public const long MaxBytes = 5 * 1024 * 1024;

    public PhotoStorage(IConfiguration config, IWebHostEnvironment env)
    {
        var path = config["Storage:PhotosPath"] ?? "data/photos";
        Root = Path.GetFullPath(Path.IsPathRooted(path) ? path : Path.Combine(env.ContentRootPath, path));
        Directory.CreateDirectory(Root);
        MaxPixels = config.GetValue("Storage:MaxPhotoPixels", PhotoCleaner.DefaultMaxPixels);
    }

    public string Root { get; }

    /// <summary>The most pixels (width × height) an upload may have: Storage:MaxPhotoPixels, 40 million unless set.</summary>
    public long MaxPixels { get; }

    public static string? DetectType(ReadOnlySpan<byte> head)
    {
        if (head.Length >= 3 && head[0] == 0xFF && head[1] == 0xD8 && head[2] == 0xFF) return "image/jpeg";
        if (head.Length >= 8 && head[..8].SequenceEqual(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A })) return "image/png";
        if (head.Length >= 12 && head[..4].SequenceEqual("RIFF"u8) && head[8..12].SequenceEqual("WEBP"u8)) return "image/webp";
        return null;
    }

    public static string Extension(string contentType) => contentType switch
    {
        "image/jpeg" => ".jpg",
        "image/png" => ".png",
        "image/webp" => ".webp",
        "image/svg+xml" => ".svg",
        _ => ".bin",
    };

    /// <returns>The stored file name and its type, or the refusal to show the person.</returns>
    public async Task<(string? FileName, string? ContentType, string? Error)> Save(IFormFile file, CancellationToken ct)
    {
        if (file.Length == 0) return (null, null, "The file is empty.");
        if (file.Length > MaxBytes) return (null, null, "A photo may be at most 5 MB.");
        var upload = new byte[file.Length];
        await using (var input = file.OpenReadStream())
            await input.ReadExactlyAsync(upload, ct);
        if (DetectType(upload) is null) return (null, null, "Upload a JPEG, PNG or WebP picture.");
        var (photo, error) = await PhotoCleaner.Clean(upload, MaxPixels, ct);
        if (photo is null) return (null, null, error);
        var name = Guid.CreateVersion7().ToString("N") + Extension(photo.ContentType);
        await File.WriteAllBytesAsync(Path.Combine(Root, name), photo.Bytes, ct);
        return (name, photo.ContentType, null);
    }

    /// <summary>
    /// A form's file input left empty arrives as a part without a file name and without bytes: that is no photo. A chosen
    /// file that is empty is a photo that cannot be stored, and <see cref="Save"/> says so.
    /// </summary>
    public static bool IsChosen(IFormFile file) => file.Length > 0 || !string.IsNullOrEmpty(file.FileName);

    /// <summary>
    /// For an endpoint that takes one file: the refusal when none was chosen. Without it <see cref="StoreThenSave"/> would skip
    /// the part and the endpoint would answer for a photo that was never added.
    /// </summary>
    public static string? Missing(IFormFile? file) => file is null || !IsChosen(file) ? "Choose a picture to upload." : null;

    /// <summary>
    /// Stores each upload, lets the caller attach a row for it, then saves once. If a file is refused
    /// the others are deleted and its error returned; if anything throws, the files are deleted again:
    /// never a row without its file, nor a file without its row.
    /// </summary>
    /// <returns>null when everything was saved, else the refusal to show the person.</returns>
    public async Task<string?> StoreThenSave(IReadOnlyList<IFormFile>? files, Action<string, string> attach, Func<Task> save, CancellationToken ct)
    {
        var stored = new List<string>();
        try
        {
            foreach (var file in (files ?? []).Where(IsChosen))
            {
                var (name, type, error) = await Save(file, ct);
                if (error is not null)
                {
                    stored.ForEach(Delete);
                    return error;
                }
                stored.Add(name!);
                attach(name!, type!);
            }
            await save();
            return null;
        }
        catch
        {
            stored.ForEach(Delete);
            throw;
        }
    }

    public async Task SaveGenerated(string fileName, string content, CancellationToken ct) =>
        await File.WriteAllTextAsync(Path.Combine(Root, fileName), content, ct);

    public void Delete(string fileName)
    {
        var path = Resolve(fileName);
        if (path is not null && File.Exists(path)) File.Delete(path);
    }

    /// <summary>Only plain file names we generated: no paths, no traversal.</summary>
    public string? Resolve(string fileName)
    {
        if (fileName.Length > 80 || fileName.IndexOfAny(['/', '\\']) >= 0 || fileName.Contains("..", StringComparison.Ordinal)) return null;
        return Path.Combine(Root, fileName);
    }
}
