namespace Plaza.Web.Platform.Web;

/// <summary>
/// Photos uploaded before uploads were cleaned (ADR 0023) may still carry a GPS position, a camera or an owner's name: once per
/// photo folder, at start-up and in the background, each is put through <see cref="PhotoCleaner"/> like a new upload and
/// written back under its own name (same format, so the rows that name it stay right). A marker file records that the folder is
/// done; two nodes racing on a shared folder only clean a file twice. <c>Jobs:Enabled=false</c> leaves it to another node.
/// </summary>
internal sealed class StoredPhotoCleaning(PhotoStorage storage, IConfiguration config, ILogger<StoredPhotoCleaning> log) : BackgroundService
{
    public const string Marker = ".metadata-cleaned";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!config.GetValue("Jobs:Enabled", true)) return;
        try
        {
            var cleaned = await CleanAll(storage, log, stoppingToken);
            if (cleaned > 0) log.LogInformation("Cleaned the metadata out of {Count} stored photos", cleaned);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogWarning(e, "Cleaning stored photos failed; it runs again at the next start");
        }
    }

    /// <returns>How many photos were rewritten; 0 when the folder was done before.</returns>
    public static async Task<int> CleanAll(PhotoStorage storage, ILogger log, CancellationToken ct)
    {
        var marker = Path.Combine(storage.Root, Marker);
        if (File.Exists(marker)) return 0;
        var cleaned = 0;
        foreach (var path in Directory.EnumerateFiles(storage.Root).Where(p => Path.GetExtension(p) is ".jpg" or ".png" or ".webp"))
        {
            // No pixel limit: these were accepted once, and refusing one now would only leave it as it is.
            var (photo, error) = await PhotoCleaner.Clean(await File.ReadAllBytesAsync(path, ct), long.MaxValue, ct);
            if (photo is null || PhotoStorage.Extension(photo.ContentType) != Path.GetExtension(path))
            {
                log.LogWarning("Stored photo {File} could not be cleaned ({Error}); left as it is", Path.GetFileName(path), error);
                continue;
            }
            var temporary = path + ".cleaning";
            await File.WriteAllBytesAsync(temporary, photo.Bytes, ct);
            File.Move(temporary, path, overwrite: true); // a reader sees the old file or the new one, never half of one
            cleaned++;
        }
        await File.WriteAllTextAsync(marker, "Every photo here was cleaned of its metadata (ADR 0023).\n", ct);
        return cleaned;
    }
}
