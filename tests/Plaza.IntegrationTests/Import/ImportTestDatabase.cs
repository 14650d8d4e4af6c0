using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Plaza.Web.Platform.Data;

namespace Plaza.IntegrationTests.Import;

/// <summary>
/// A fresh, migrated database for one test, without the web host: a temp SQLite file, or a throw-away
/// PostgreSQL database when PLAZA_TEST_DB=postgres and PLAZA_TEST_PG point at a server.
/// </summary>
internal sealed class ImportTestDatabase : IAsyncDisposable
{
    private readonly string? _directory;
    private readonly string? _serverConnection;
    private readonly string? _databaseName;

    private ImportTestDatabase(DatabaseInfo info, string? directory, string? serverConnection, string? databaseName)
    {
        Info = info;
        _directory = directory;
        _serverConnection = serverConnection;
        _databaseName = databaseName;
    }

    public DatabaseInfo Info { get; }

    public static async Task<ImportTestDatabase> CreateAsync()
    {
        ImportTestDatabase database;
        if (string.Equals(Environment.GetEnvironmentVariable("PLAZA_TEST_DB"), "postgres", StringComparison.OrdinalIgnoreCase))
        {
            var server = Environment.GetEnvironmentVariable("PLAZA_TEST_PG")
                ?? throw new InvalidOperationException("PLAZA_TEST_DB=postgres needs PLAZA_TEST_PG (a connection string to the server).");
            var name = "plaza_import_" + Guid.NewGuid().ToString("N")[..12];
            await using (var connection = new NpgsqlConnection(server))
            {
                await connection.OpenAsync();
                await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
                await create.ExecuteNonQueryAsync();
            }
            var cs = new NpgsqlConnectionStringBuilder(server) { Database = name }.ToString();
            database = new ImportTestDatabase(new DatabaseInfo(DatabaseProvider.Postgres, cs), null, server, name);
        }
        else
        {
            var directory = Path.Combine(Path.GetTempPath(), "plaza-import-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(directory);
            var cs = new SqliteConnectionStringBuilder { DataSource = Path.Combine(directory, "plaza.db"), DefaultTimeout = 60 }.ToString();
            database = new ImportTestDatabase(new DatabaseInfo(DatabaseProvider.Sqlite, cs), directory, null, null);
        }
        await using var db = database.NewContext();
        await new SchemaMigrator(database.Info, NullLogger<SchemaMigrator>.Instance).MigrateAsync(db);
        return database;
    }

    public PlazaDb NewContext()
    {
        var options = new DbContextOptionsBuilder<PlazaDb>();
        if (Info.IsSqlite) options.UseSqlite(Info.ConnectionString).AddInterceptors(new SqlitePragmas());
        else options.UseNpgsql(Info.ConnectionString);
        return new PlazaDb(options.Options);
    }

    public async ValueTask DisposeAsync()
    {
        if (_directory is not null)
        {
            SqliteConnection.ClearAllPools();
            try { Directory.Delete(_directory, recursive: true); } catch (IOException) { }
        }
        if (_serverConnection is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(_serverConnection);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_databaseName} WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
    }
}
