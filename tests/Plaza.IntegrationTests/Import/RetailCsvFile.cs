using System.IO.Compression;
using System.Text;

namespace Plaza.IntegrationTests.Import;

/// <summary>A small gzip-compressed Online Retail CSV written for one test, deleted afterwards.</summary>
internal sealed class RetailCsvFile : IDisposable
{
    public const string Header = "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country";

    public RetailCsvFile(params string[] rows)
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"online-retail-{Guid.NewGuid():N}.csv.gz");
        using var file = File.Create(Path);
        using var gzip = new GZipStream(file, CompressionLevel.Fastest);
        gzip.Write(Encoding.UTF8.GetBytes(Header + "\n" + string.Join("\n", rows) + "\n"));
    }

    public string Path { get; }

    public void Dispose() => File.Delete(Path);
}
