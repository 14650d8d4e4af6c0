using System.IO.Compression;
using CsvHelper;

namespace Plaza.Web.Modules.Import;

/// <summary>
/// Streams the rows of a gzip-compressed Online Retail CSV (header InvoiceNo,StockCode,Description,
/// Quantity,InvoiceDate,UnitPrice,CustomerID,Country). Columns are found by name; Country is not read.
/// </summary>
internal static class RetailCsvReader
{
    public static readonly string[] RequiredColumns = ["InvoiceNo", "StockCode", "Description", "Quantity", "InvoiceDate", "UnitPrice", "CustomerID"];

    /// <param name="gzipped">The compressed file; its Position is what <paramref name="onProgress"/> reports.</param>
    /// <param name="onProgress">Called every few thousand rows with the compressed bytes read so far.</param>
    public static IEnumerable<RawRetailRow> Read(Stream gzipped, Action<long>? onProgress = null)
    {
        using var gzip = new GZipStream(gzipped, CompressionMode.Decompress, leaveOpen: true);
        var options = new CsvReaderOptions
        {
            Separator = ',',
            HasHeader = true,
            TrimWhitespace = true,
            PoolStrings = true,                               // descriptions and codes repeat thousands of times
            MalformedData = CsvMalformedDataHandling.Recover, // a stray quote inside a description is kept as text
            FieldCountMismatch = CsvFieldCountHandling.Allow, // a short line reads as blanks and fails its checks
        };
        using var csv = CsvReader.Create(gzip, options);
        var header = csv.Headers ?? [];
        var index = new int[RequiredColumns.Length];
        for (var i = 0; i < RequiredColumns.Length; i++)
        {
            index[i] = header.ToList().FindIndex(h => string.Equals(h.Trim(), RequiredColumns[i], StringComparison.OrdinalIgnoreCase));
            if (index[i] < 0) throw new InvalidDataException($"The CSV has no '{RequiredColumns[i]}' column (found: {string.Join(", ", header)}).");
        }

        long rows = 0;
        while (csv.Read())
        {
            rows++;
            yield return new RawRetailRow(rows + 1, // line 1 is the header
                Field(csv, index[0]), Field(csv, index[1]), Field(csv, index[2]), Field(csv, index[3]),
                Field(csv, index[4]), Field(csv, index[5]), Field(csv, index[6]));
            if (rows % 10_000 == 0) onProgress?.Invoke(gzipped.Position);
        }
        onProgress?.Invoke(gzipped.Position);
    }

    private static string Field(CsvReader csv, int index) => index < csv.FieldCount ? csv.GetString(index) ?? "" : "";
}
