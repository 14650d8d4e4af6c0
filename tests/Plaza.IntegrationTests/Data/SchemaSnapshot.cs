using System.Data.Common;
using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Plaza.IntegrationTests.Infrastructure;
using Plaza.Web.Platform.Data;

namespace Plaza.IntegrationTests.Data;

/// <summary>
/// A database's schema as a set of lines (one per table, column, index, key, constraint, trigger),
/// so two schemas compare as sets and their difference reads as a list. Leaves out what only the
/// migrations have on purpose: schema_migrations and the full-text search objects of 0002.
/// </summary>
internal static partial class SchemaSnapshot
{
    public static async Task<SortedSet<string>> TakeAsync(PlazaDb db)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        try
        {
            return TestDatabase.IsPostgres ? await Postgres(connection) : await Sqlite(connection);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>"only in A: ..." and "only in B: ..." lines; empty when the schemas match.</summary>
    public static List<string> Diff(SortedSet<string> a, string aName, SortedSet<string> b, string bName) =>
        a.Except(b).Select(x => $"only in {aName}: {x}").Concat(b.Except(a).Select(x => $"only in {bName}: {x}")).ToList();

    private static bool IgnoredTable(string table) =>
        table == "schema_migrations" || table == "product_search" || table.StartsWith("product_search_", StringComparison.Ordinal) ||
        table.StartsWith("sqlite_", StringComparison.Ordinal);

    private static async Task<SortedSet<string>> Sqlite(DbConnection c)
    {
        var lines = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var row in await Rows(c, "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"))
        {
            var (type, name, table, sql) = ((string)row[0]!, (string)row[1]!, (string)row[2]!, row[3] as string ?? "");
            if (IgnoredTable(table)) continue;
            switch (type)
            {
                case "table":
                    lines.Add($"table {name}");
                    foreach (var col in await Rows(c, "SELECT name, type, \"notnull\", dflt_value, pk FROM pragma_table_info(@p0)", name))
                    {
                        var nullable = Convert.ToInt64(col[2], CultureInfo.InvariantCulture) == 1 ? "not null" : "null";
                        lines.Add($"column {name}.{col[0]} {col[1]} {nullable} default={col[3] ?? "none"} pk={col[4]}");
                    }
                    foreach (var fk in await Rows(c, "SELECT \"from\", \"table\", \"to\", on_update, on_delete FROM pragma_foreign_key_list(@p0)", name))
                        lines.Add($"foreign key {name}.{fk[0]} -> {fk[1]}.{fk[2]} on update {fk[3]} on delete {fk[4]}");
                    foreach (var ix in await Rows(c, "SELECT name, \"unique\", origin, partial FROM pragma_index_list(@p0)", name))
                    {
                        var columns = (await Rows(c, "SELECT name FROM pragma_index_info(@p0) ORDER BY seqno", (string)ix[0]!)).Select(r => r[0]);
                        lines.Add($"index {name}.{ix[0]} ({string.Join(", ", columns)}) unique={ix[1]} origin={ix[2]} partial={ix[3]}");
                    }
                    foreach (Match m in NamedConstraint().Matches(sql))
                        lines.Add($"constraint {name}.{m.Groups["name"].Value} " +
                            $"{m.Groups["kind"].Value.ToUpperInvariant()}{Normalize(m.Groups["check"].Value)}");
                    break;
                case "trigger" when !name.StartsWith("products_search_", StringComparison.Ordinal):
                    lines.Add($"trigger {table}.{name}: {Normalize(sql)}");
                    break;
                case "view":
                    lines.Add($"view {name}: {Normalize(sql)}");
                    break;
            }
        }
        return lines;
    }

    private static async Task<SortedSet<string>> Postgres(DbConnection c)
    {
        var lines = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var t in await Rows(c, "SELECT table_name, table_type FROM information_schema.tables WHERE table_schema = 'public'"))
            if (!IgnoredTable((string)t[0]!)) lines.Add($"table {t[0]} ({t[1]})");
        foreach (var col in await Rows(c, """
            SELECT table_name, column_name, data_type, udt_name, is_nullable, character_maximum_length, numeric_precision, numeric_scale,
                column_default, is_generated
            FROM information_schema.columns WHERE table_schema = 'public'
            """))
        {
            if (IgnoredTable((string)col[0]!) || (col[0] is "products" && col[1] is "search_vector")) continue;
            lines.Add($"column {col[0]}.{col[1]} {col[2]} ({col[3]}) {(col[4] is "YES" ? "null" : "not null")} maxlength={col[5] ?? "none"} " +
                      $"precision={col[6] ?? "none"},{col[7] ?? "none"} default={col[8] ?? "none"} generated={col[9]}");
        }
        foreach (var ix in await Rows(c, "SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public'"))
        {
            if (IgnoredTable((string)ix[0]!) || ix[1] is "ix_products_search_vector") continue;
            lines.Add($"index {ix[0]}.{ix[1]}: {ix[2]}");
        }
        foreach (var con in await Rows(c, """
            SELECT rel.relname, con.conname, con.contype::text, pg_get_constraintdef(con.oid)
            FROM pg_constraint con JOIN pg_class rel ON rel.oid = con.conrelid JOIN pg_namespace ns ON ns.oid = rel.relnamespace
            WHERE ns.nspname = 'public'
            """))
        {
            if (IgnoredTable((string)con[0]!)) continue;
            lines.Add($"constraint {con[0]}.{con[1]} {con[2]}: {con[3]}");
        }
        foreach (var tr in await Rows(c, "SELECT event_object_table, trigger_name, event_manipulation, action_timing, action_statement FROM " +
            "information_schema.triggers WHERE trigger_schema = 'public'"))
            if (!IgnoredTable((string)tr[0]!)) lines.Add($"trigger {tr[0]}.{tr[1]} {tr[3]} {tr[2]}: {tr[4]}");
        return lines;
    }

    private static async Task<List<object?[]>> Rows(DbConnection c, string sql, params object[] parameters)
    {
        await using var command = c.CreateCommand();
        command.CommandText = sql;
        for (var i = 0; i < parameters.Length; i++)
        {
            var p = command.CreateParameter();
            p.ParameterName = "@p" + i;
            p.Value = parameters[i];
            command.Parameters.Add(p);
        }
        var rows = new List<object?[]>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++) row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            rows.Add(row);
        }
        return rows;
    }

    private static string Normalize(string sql) => Whitespace().Replace(sql, " ").Trim();

    [GeneratedRegex("""CONSTRAINT\s+"?(?<name>\w+)"?\s+(?<kind>PRIMARY KEY|FOREIGN KEY|UNIQUE|CHECK)(?<check>(?<=CHECK)\s*\(.*\))?""", RegexOptions.IgnoreCase)]
    private static partial Regex NamedConstraint();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
