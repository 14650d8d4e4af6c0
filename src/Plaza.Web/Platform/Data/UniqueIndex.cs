using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Plaza.Web.Platform.Data;

internal static class UniqueIndex
{
    private const int SqliteConstraintUnique = 2067, SqliteConstraintPrimaryKey = 1555;

    /// <summary>
    /// Whether the database refused the save because a unique index or primary key already holds the value: the same
    /// thing done twice at the same moment. A foreign-key, not-null or check failure is not that, and stays an error.
    /// </summary>
    public static bool IsUniqueViolation(this DbUpdateException e) => e.InnerException switch
    {
        SqliteException s => s.SqliteExtendedErrorCode is SqliteConstraintUnique or SqliteConstraintPrimaryKey,
        PostgresException p => p.SqlState == PostgresErrorCodes.UniqueViolation,
        _ => false,
    };
}
