using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Plaza.Web.Platform.Data;

namespace Plaza.IntegrationTests.Infrastructure;

/// <summary>
/// A fresh, empty database of its own on the provider chosen by PLAZA_TEST_DB (sqlite, the default,
/// or postgres on the server in PLAZA_TEST_PG). SQLite: a temp file; PostgreSQL: a new database
/// plaza_test_&lt;guid&gt;, dropped on dispose.
/// </summary>
public sealed class TestDatabase : IDisposable
{
    public static readonly string SqliteFolder = Path.Combine(Path.GetTempPath(), "plaza-tests");

    private readonly string? _sqlitePath;
    private readonly string? _pgName;
    private readonly string? _pgServer;
    private bool _disposed;

    public TestDatabase()
    {
        if (IsPostgres)
        {
            _pgServer = Environment.GetEnvironmentVariable("PLAZA_TEST_PG");
            if (string.IsNullOrWhiteSpace(_pgServer))
                throw new InvalidOperationException("PLAZA_TEST_DB=postgres needs the server's connection string in PLAZA_TEST_PG, e.g. " +
                    "Host=127.0.0.1;Port=55432;Username=plaza;Password=plaza");
            _pgName = "plaza_test_" + Guid.NewGuid().ToString("N");
            AdminCommand($"CREATE DATABASE \"{_pgName}\"");
            ConnectionString = new NpgsqlConnectionStringBuilder(_pgServer) { Database = _pgName }.ToString();
        }
        else
        {
            Directory.CreateDirectory(SqliteFolder);
            _sqlitePath = Path.Combine(SqliteFolder, Guid.NewGuid().ToString("N") + ".db");
            ConnectionString = new SqliteConnectionStringBuilder { DataSource = _sqlitePath }.ToString();
        }
    }

    public static string ProviderName =>
        Environment.GetEnvironmentVariable("PLAZA_TEST_DB") is { Length: > 0 } p ? p.Trim().ToLowerInvariant() : "sqlite";

    public static bool IsPostgres => ProviderName switch
    {
        "postgres" or "postgresql" => true,
        "sqlite" => false,
        var other => throw new InvalidOperationException($"PLAZA_TEST_DB must be sqlite or postgres, not '{other}'."),
    };

    internal static DatabaseProvider Provider => IsPostgres ? DatabaseProvider.Postgres : DatabaseProvider.Sqlite;

    public string ConnectionString { get; }

    /// <summary>A PlazaDb on this database, configured as the app configures it; nothing is migrated.</summary>
    internal PlazaDb NewContext()
    {
        var options = new DbContextOptionsBuilder<PlazaDb>();
        if (IsPostgres) options.UseNpgsql(ConnectionString);
        else options.UseSqlite(ConnectionString).AddInterceptors(new SqlitePragmas());
        return new PlazaDb(options.Options);
    }

    internal SchemaMigrator NewMigrator() => new(new DatabaseInfo(Provider, ConnectionString), NullLogger<SchemaMigrator>.Instance);

    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        if (_pgName is not null)
        {
            using (var pooled = new NpgsqlConnection(ConnectionString)) NpgsqlConnection.ClearPool(pooled);
            AdminCommand($"DROP DATABASE IF EXISTS \"{_pgName}\" WITH (FORCE)");
        }
        else if (_sqlitePath is not null)
        {
            // Pooled connections keep the file open; close the idle ones, then remove the files.
            SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "", "-wal", "-shm", "-journal" })
            {
                try { File.Delete(_sqlitePath + suffix); }
                catch (IOException) { /* best effort: it is a temp file */ }
            }
        }
    }

    private void AdminCommand(string sql)
    {
        var admin = new NpgsqlConnectionStringBuilder(_pgServer) { Database = "postgres", Pooling = false };
        using var connection = new NpgsqlConnection(admin.ToString());
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
