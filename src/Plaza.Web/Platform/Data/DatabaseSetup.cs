using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;
using Plaza.Web.Platform.Events;

namespace Plaza.Web.Platform.Data;

internal enum DatabaseProvider { Sqlite, Postgres }

/// <summary>
/// Chooses the provider: SQLite file by default (zero set-up), PostgreSQL when
/// Database:Provider=postgres and ConnectionStrings:Plaza are given.
/// </summary>
internal static class DatabaseSetup
{
    public static DatabaseProvider Provider(IConfiguration config) =>
        string.Equals(config["Database:Provider"], "postgres", StringComparison.OrdinalIgnoreCase)
            ? DatabaseProvider.Postgres
            : DatabaseProvider.Sqlite;

    public static WebApplicationBuilder AddPlazaData(this WebApplicationBuilder builder)
    {
        var config = builder.Configuration;
        var provider = Provider(config);
        var connection = config.GetConnectionString("Plaza");
        if (provider == DatabaseProvider.Sqlite)
        {
            var csb = new SqliteConnectionStringBuilder(connection ?? "Data Source=data/plaza.db");
            if (!csb.DataSource.StartsWith(':') && !Path.IsPathRooted(csb.DataSource))
                csb.DataSource = Path.Combine(builder.Environment.ContentRootPath, csb.DataSource);
            if (Path.GetDirectoryName(csb.DataSource) is { Length: > 0 } dir) Directory.CreateDirectory(dir);
            csb.DefaultTimeout = 60; // writers queue on SQLite's single write lock instead of failing
            csb.Pooling = true;
            connection = csb.ToString();
        }
        else if (string.IsNullOrWhiteSpace(connection))
        {
            throw new InvalidOperationException("Database:Provider is postgres but ConnectionStrings:Plaza is empty.");
        }
        else
        {
            // Statements the app repeats (live chat's checks, hundreds a second) are prepared once per connection instead of parsed
            // and planned each time (bench/README.md, live chat). A connection string that says otherwise wins.
            var given = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connection };
            if (!given.ContainsKey("Max Auto Prepare") && !given.ContainsKey("MaxAutoPrepare"))
                connection = new NpgsqlConnectionStringBuilder(connection) { MaxAutoPrepare = 64 }.ToString();
        }

        builder.Services.AddSingleton(new DatabaseInfo(provider, connection!));
        builder.Services.AddSingleton<SqlitePragmas>();
        // Domain events are saved with the change that raised them (see Platform/Events).
        builder.Services.AddSingleton<OutboxInterceptor>();
        builder.Services.AddDbContext<PlazaDb>((sp, options) =>
        {
            QuietFailures(options);
            if (provider == DatabaseProvider.Sqlite)
                options.UseSqlite(connection, o => o.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery))
                    .AddInterceptors(sp.GetRequiredService<SqlitePragmas>(), sp.GetRequiredService<OutboxInterceptor>());
            else
                // An aggregate with several child collections loads them in separate queries, not a cross product.
                options.UseNpgsql(connection, o => o.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery))
                    .AddInterceptors(sp.GetRequiredService<OutboxInterceptor>());
        });
        builder.Services.AddSingleton<SchemaMigrator>();
        builder.Services.AddHealthChecks().AddDbContextCheck<PlazaDb>("database", tags: ["ready"]);
        return builder;
    }

    /// <summary>
    /// EF Core logs every refused command and save as an error before the caller sees the exception, so a race that a unique
    /// index settles (a 409, or InsertOnce's "someone else did it") filled the log with errors. The caller decides what is an
    /// error: a failure nobody handles reaches the exception handler, which logs it once (ProblemExceptionHandler for the API,
    /// the exception handler middleware for pages); jobs and event handlers log their own failures.
    /// </summary>
    private static void QuietFailures(DbContextOptionsBuilder options) => options.ConfigureWarnings(w => w.Log(
        (RelationalEventId.CommandError, LogLevel.Debug),
        (CoreEventId.SaveChangesFailed, LogLevel.Debug),
        (CoreEventId.QueryIterationFailed, LogLevel.Debug)));
}

internal sealed record DatabaseInfo(DatabaseProvider Provider, string ConnectionString)
{
    public bool IsSqlite => Provider == DatabaseProvider.Sqlite;
}
