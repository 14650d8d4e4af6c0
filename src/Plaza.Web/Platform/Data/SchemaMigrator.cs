using System.Data.Common;
using System.Reflection;
using Microsoft.EntityFrameworkCore;

namespace Plaza.Web.Platform.Data;

/// <summary>
/// Applies versioned SQL scripts (embedded under Platform/Data/Migrations/{sqlite|postgres}/NNNN_name.sql)
/// in order, each in its own transaction, recording them in schema_migrations. EF's design-time
/// tools are not available here, so the scripts are written by hand; a test checks that the
/// migrated schema matches the EF model.
/// </summary>
internal sealed class SchemaMigrator(DatabaseInfo db, ILogger<SchemaMigrator> log)
{
    internal sealed record Script(int Version, string Name, string Sql);

    public IReadOnlyList<Script> Scripts { get; } = LoadScripts(db.Provider);

    public async Task<int> MigrateAsync(PlazaDb context, int? upToVersion = null, CancellationToken ct = default)
    {
        var connection = context.Database.GetDbConnection();
        await context.Database.OpenConnectionAsync(ct);
        try
        {
            // Several app nodes may start at once: only one migrates at a time.
            if (!db.IsSqlite) await Exec(connection, null, "SELECT pg_advisory_lock(7428001)", ct);
            await Exec(connection, null,
                "CREATE TABLE IF NOT EXISTS schema_migrations " +
                "(version INTEGER PRIMARY KEY, name VARCHAR(200) NOT NULL, applied_at_utc VARCHAR(40) NOT NULL)", ct);
            var applied = new HashSet<int>();
            await using (var cmd = connection.CreateCommand())
            {
                cmd.CommandText = "SELECT version FROM schema_migrations";
                await using var reader = await cmd.ExecuteReaderAsync(ct);
                while (await reader.ReadAsync(ct)) applied.Add(reader.GetInt32(0));
            }

            var count = 0;
            foreach (var script in Scripts.Where(s => !applied.Contains(s.Version) && (upToVersion is null || s.Version <= upToVersion)))
            {
                await using var tx = await connection.BeginTransactionAsync(ct);
                await Exec(connection, tx, script.Sql, ct);
                await using (var record = connection.CreateCommand())
                {
                    record.Transaction = tx;
                    record.CommandText = "INSERT INTO schema_migrations (version, name, applied_at_utc) VALUES (@v, @n, @t)";
                    AddParam(record, "@v", script.Version);
                    AddParam(record, "@n", script.Name);
                    AddParam(record, "@t", DateTime.UtcNow.ToString("O"));
                    await record.ExecuteNonQueryAsync(ct);
                }
                await tx.CommitAsync(ct);
                log.LogInformation("Applied migration {Version} {Name}", script.Version, script.Name);
                count++;
            }
            if (!db.IsSqlite) await Exec(connection, null, "SELECT pg_advisory_unlock(7428001)", ct);
            return count;
        }
        finally
        {
            await context.Database.CloseConnectionAsync();
        }
    }

    private static async Task Exec(DbConnection connection, DbTransaction? tx, string sql, CancellationToken ct)
    {
        await using var cmd = connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        cmd.CommandTimeout = 600;
        await cmd.ExecuteNonQueryAsync(ct);
    }

    private static void AddParam(DbCommand cmd, string name, object value)
    {
        var p = cmd.CreateParameter();
        p.ParameterName = name;
        p.Value = value;
        cmd.Parameters.Add(p);
    }

    internal static List<Script> LoadScripts(DatabaseProvider provider)
    {
        var folder = provider == DatabaseProvider.Sqlite ? "sqlite" : "postgres";
        var assembly = Assembly.GetExecutingAssembly();
        var prefix = $"migrations/{folder}/";
        var scripts = new List<Script>();
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal)))
        {
            var trimmed = resource[prefix.Length..^".sql".Length]; // e.g. "0001_initial"
            var version = int.Parse(trimmed[..4], System.Globalization.CultureInfo.InvariantCulture);
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            scripts.Add(new Script(version, trimmed[5..], reader.ReadToEnd()));
        }
        return scripts.OrderBy(s => s.Version).ToList();
    }
}
