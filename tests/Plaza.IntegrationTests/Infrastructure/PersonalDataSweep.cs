using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Plaza.IntegrationTests.Infrastructure;

/// <summary>
/// Where a person's details are still kept: every text column of every table the EF model maps (entity types enumerated, not
/// listed by hand, so a table added tomorrow is swept too), every text-like column the database itself lists (tables EF does not
/// map), and every file in the photo folder, byte by byte, metadata included. Matches ignore case.
/// </summary>
internal static class PersonalDataSweep
{
    /// <summary>"table.column holds value" or "photos/file holds value" for each place a value is found; empty when none is.</summary>
    public static async Task<List<string>> FindEverywhereAsync(this PlazaFactory factory, params string[] values)
    {
        await using var scope = factory.Db();
        var columns = ModelTextColumns(scope.Db.Model);
        columns.Count.ShouldBeGreaterThan(100, "the model's text columns were not found: the sweep would prove nothing");
        var connection = scope.Db.Database.GetDbConnection();
        await connection.OpenAsync();
        columns.UnionWith(await DatabaseColumns(connection));
        var found = new List<string>();
        foreach (var (table, column) in columns.Order())
            found.AddRange(await Matches(connection, table, column, values));
        foreach (var file in Directory.Exists(factory.PhotosPath) ? Directory.GetFiles(factory.PhotosPath) : [])
        {
            var bytes = await File.ReadAllBytesAsync(file);
            found.AddRange(values.Where(v => PictureParts.Contains(bytes, v)).Select(v => $"photos/{Path.GetFileName(file)} holds {v}"));
        }
        return found;
    }

    /// <summary>Every property stored as text (strings, enums kept as names, lists kept as JSON) of every entity type, by table.</summary>
    public static HashSet<(string Table, string Column)> ModelTextColumns(IModel model)
    {
        var columns = new HashSet<(string, string)>();
        foreach (var entity in model.GetEntityTypes())
        {
            if (StoreObjectIdentifier.Create(entity, StoreObjectType.Table) is not { } table) continue;
            foreach (var property in entity.GetFlattenedProperties())
            {
                var mapping = property.GetRelationalTypeMapping();
                var stored = mapping.Converter?.ProviderClrType ?? mapping.ClrType;
                if (stored != typeof(string) && !property.IsPrimitiveCollection) continue;
                if (property.GetColumnName(table) is { } column) columns.Add((table.Name, column));
            }
        }
        return columns;
    }

    /// <summary>The database's own list of text-like columns, for what EF does not map (full-text indexes, say).</summary>
    private static async Task<List<(string, string)>> DatabaseColumns(DbConnection connection)
    {
        await using var list = connection.CreateCommand();
        list.CommandText = TestDatabase.IsPostgres
            ? "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public' " +
              "AND data_type IN ('text', 'character varying', 'character', 'json', 'jsonb', 'ARRAY')"
            : "SELECT m.name, p.name FROM sqlite_master m JOIN pragma_table_info(m.name) p " +
              "WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' AND (p.type = '' OR p.type LIKE '%TEXT%' OR p.type LIKE '%CHAR%')";
        var columns = new List<(string, string)>();
        await using var reader = await list.ExecuteReaderAsync();
        while (await reader.ReadAsync()) columns.Add((reader.GetString(0), reader.GetString(1)));
        return columns;
    }

    /// <summary>One query a column: how many rows hold each value.</summary>
    private static async Task<IEnumerable<string>> Matches(DbConnection connection, string table, string column, string[] values)
    {
        await using var count = connection.CreateCommand();
        // strpos and instr both take (text, part); lower() on both sides, as the values are lowered below.
        var contains = TestDatabase.IsPostgres ? "strpos" : "instr";
        var finds = values.Select((_, i) => $"COALESCE(SUM(CASE WHEN {contains}(lower(CAST(\"{column}\" AS TEXT)), @p{i}) > 0 THEN 1 ELSE 0 END), 0)");
        count.CommandText = $"SELECT {string.Join(", ", finds)} FROM \"{table}\"";
        for (var i = 0; i < values.Length; i++)
        {
            var p = count.CreateParameter();
            p.ParameterName = $"@p{i}";
            p.Value = values[i].ToLowerInvariant();
            count.Parameters.Add(p);
        }
        await using var reader = await count.ExecuteReaderAsync();
        await reader.ReadAsync();
        return values.Where((_, i) => Convert.ToInt64(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture) > 0)
            .Select(v => $"{table}.{column} holds {v}").ToList();
    }
}
