using Microsoft.EntityFrameworkCore;
using Plaza.Web.Platform.Errors;

namespace Plaza.Web.Platform.Data;

internal static class SaveOrConflict
{
    /// <summary>
    /// Saves the unit of work; when a unique index refuses it (the same thing done twice at the same moment, which
    /// the caller's check before could not see), the caller gets 409 with <paramref name="code"/> instead of a 500.
    /// Any other refusal (a foreign key, a check) is a real failure and is not dressed up as a conflict.
    /// </summary>
    public static Task SaveOrConflictAsync(this PlazaDb db, string code, string message, CancellationToken ct) =>
        db.SaveOrConflictAsync(new DomainException(code, message), ct);

    /// <inheritdoc cref="SaveOrConflictAsync(PlazaDb, string, string, CancellationToken)"/>
    public static async Task SaveOrConflictAsync(this PlazaDb db, DomainException conflict, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            throw conflict;
        }
    }

    /// <summary>
    /// Inserts rows that must exist once (a vote, a reminder, a counter row, an event's effect). When a unique index
    /// shows they were inserted at the same moment by someone else, theirs stand: the tracked changes are forgotten and
    /// the answer is false. Call it with nothing else pending. Inside a transaction EF Core saves behind a savepoint, so
    /// the transaction stays usable after a refusal.
    /// </summary>
    /// <returns>true when this call inserted the rows.</returns>
    public static async Task<bool> InsertOnceAsync(this PlazaDb db, IEnumerable<object> rows, CancellationToken ct)
    {
        db.AddRange(rows);
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }

    /// <inheritdoc cref="InsertOnceAsync(PlazaDb, IEnumerable{object}, CancellationToken)"/>
    public static Task<bool> InsertOnceAsync(this PlazaDb db, object row, CancellationToken ct) => db.InsertOnceAsync([row], ct);
}
