using Microsoft.EntityFrameworkCore;
using Plaza.Web.Platform.Errors;

namespace Plaza.Web.Platform.Data;

internal static class SaveOrConflict
{
    /// <summary>
    /// Saves the unit of work; when a unique index refuses it (the same thing done twice at the same moment, which
    /// the caller's check before could not see), the caller gets 409 with <paramref name="code"/> instead of a 500.
    /// </summary>
    public static async Task SaveOrConflictAsync(this PlazaDb db, string code, string message, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            throw new DomainException(code, message);
        }
    }
}
