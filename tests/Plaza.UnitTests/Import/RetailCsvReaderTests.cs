using System.IO.Compression;
using System.Text;
using Plaza.Web.Modules.Import;

namespace Plaza.UnitTests.Import;

public sealed class RetailCsvReaderTests
{
    private static MemoryStream Gzip(string csv)
    {
        var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
            gzip.Write(Encoding.UTF8.GetBytes(csv));
        buffer.Position = 0;
        return buffer;
    }

    [Fact]
    public void Rows_are_read_by_column_name_with_quotes_and_spaces_handled()
    {
        using var file = Gzip(""""
            Country,CustomerID,UnitPrice,InvoiceDate,Quantity,Description,StockCode,InvoiceNo
            United Kingdom,17850.0,2.55,2010-12-01 08:26:00,6,"WHITE HANGING HEART, T-LIGHT ""HOLDER""", 85123A ,536365
            United Kingdom,,3.39,2010-12-01 08:26:00,6,WHITE METAL LANTERN,71053,536366
            """");

        var rows = RetailCsvReader.Read(file).ToList();

        rows.Count.ShouldBe(2);
        rows[0].ShouldBe(new RawRetailRow(2, "536365", "85123A", "WHITE HANGING HEART, T-LIGHT \"HOLDER\"", "6", "2010-12-01 08:26:00", "2.55", "17850.0"));
        rows[1].CustomerId.ShouldBe("");
    }

    [Fact]
    public void A_short_line_reads_as_blanks()
    {
        using var file = Gzip("InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n536365,85123A\n");

        var row = RetailCsvReader.Read(file).ToList().ShouldHaveSingleItem(); // the stream can be read once

        row.StockCode.ShouldBe("85123A");
        row.Quantity.ShouldBe("");
    }

    [Fact]
    public void A_file_without_a_required_column_is_refused()
    {
        using var file = Gzip("InvoiceNo,StockCode,Description,Quantity,InvoiceDate,CustomerID\n536365,85123A,HEART,6,2010-12-01 08:26:00,17850.0\n");

        Should.Throw<InvalidDataException>(() => RetailCsvReader.Read(file).ToList()).Message.ShouldContain("UnitPrice");
    }

    [Fact]
    public void Progress_reports_compressed_bytes_read()
    {
        using var file = Gzip(
            "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID\n536365,85123A,HEART,6,2010-12-01 08:26:00,2.55,17850.0\n");
        long reported = 0;

        _ = RetailCsvReader.Read(file, read => reported = read).ToList();

        reported.ShouldBe(file.Length);
    }
}
