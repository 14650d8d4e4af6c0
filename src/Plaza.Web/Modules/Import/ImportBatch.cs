using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Import;

/// <summary>
/// The importer adds entities with automatic change detection off; each batch is written by one
/// SaveChanges (one transaction) and then forgotten, so the change tracker never grows past a batch.
/// </summary>
internal static class ImportBatch
{
    public static async Task SaveAsync(PlazaDb db, CancellationToken ct, bool detectChanges = false)
    {
        if (detectChanges) db.ChangeTracker.DetectChanges();
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }
}
