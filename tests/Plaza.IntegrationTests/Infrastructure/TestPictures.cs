using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using SkiaSharp;

namespace Plaza.IntegrationTests.Infrastructure;

/// <summary>A real, valid PNG (8-bit RGB), built byte by byte: signature, IHDR, zlib IDAT, IEND, each chunk with its CRC.</summary>
internal static class TinyPng
{
    public static byte[] Create(int width, int height, params (string Keyword, string Text)[] texts) => Build(width, height, height, texts);

    /// <summary>A header that claims <paramref name="width"/> × <paramref name="height"/> pixels over one row of data: a few bytes that
    /// would take gigabytes to decode.</summary>
    public static byte[] Claiming(int width, int height) => Build(width, height, rows: 1, []);

    private static byte[] Build(int width, int height, int rows, (string Keyword, string Text)[] texts)
    {
        using var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);

        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(0), width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8;  // bit depth
        header[9] = 2;  // colour type: RGB
        Chunk(png, "IHDR", header);
        // tEXt: keyword, a zero byte, Latin-1 text; what a camera app or an editor writes (Author, Comment, Location...).
        foreach (var (keyword, text) in texts) Chunk(png, "tEXt", [.. Encoding.Latin1.GetBytes(keyword), 0, .. Encoding.Latin1.GetBytes(text)]);

        using var raw = new MemoryStream();
        for (var y = 0; y < rows; y++)
        {
            raw.WriteByte(0); // filter: none
            for (var x = 0; x < Math.Min(width, 4096); x++) raw.Write([(byte)(200 + x), (byte)(60 + y), 30]);
        }
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true)) raw.WriteTo(zlib);
        Chunk(png, "IDAT", compressed.ToArray());
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void Chunk(Stream output, string type, byte[] data)
    {
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        output.Write(length);
        var typed = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        output.Write(typed);
        Span<byte> crc = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crc, Crc32(typed));
        output.Write(crc);
    }

    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++) crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
        }
        return crc ^ 0xFFFFFFFFu;
    }
}

/// <summary>
/// A phone's JPEG: pixels drawn by Skia, then an EXIF block as a camera writes it (APP1): make, the owner's name, a comment,
/// orientation 6 (the pixels are stored turned: show them 90° clockwise) and a GPS position.
/// </summary>
internal static class PhoneJpeg
{
    public static byte[] Create(int width, int height, string owner, string comment, double latitude, double longitude)
    {
        using var bitmap = new SKBitmap(width, height);
        bitmap.Erase(new SKColor(200, 60, 30));
        using var encoded = bitmap.Encode(SKEncodedImageFormat.Jpeg, 90);
        var plain = encoded.ToArray();
        byte[] exif = [.. "Exif\0\0"u8, .. Tiff(owner, comment, latitude, longitude)];
        var segment = new byte[4];
        segment[0] = 0xFF;
        segment[1] = 0xE1;
        BinaryPrimitives.WriteUInt16BigEndian(segment.AsSpan(2), (ushort)(exif.Length + 2));
        return [.. plain[..2], .. segment, .. exif, .. plain[2..]]; // right after the start-of-image marker
    }

    /// <summary>A little-endian TIFF: IFD0 (make, orientation, artist, comment, GPS pointer), the GPS IFD, then the values.</summary>
    private static byte[] Tiff(string owner, string comment, double latitude, double longitude)
    {
        const int ifd0 = 8, gps = ifd0 + 2 + (5 * 12) + 4, values = gps + 2 + (4 * 12) + 4;
        var data = new List<byte>();
        int Put(byte[] bytes)
        {
            var at = values + data.Count;
            data.AddRange(bytes);
            if (data.Count % 2 == 1) data.Add(0);
            return at;
        }
        byte[] Ascii(string s) => [.. Encoding.ASCII.GetBytes(s), 0];
        byte[] Degrees(double v)
        {
            var a = Math.Abs(v);
            var (d, m) = ((uint)a, (uint)((a - (uint)a) * 60));
            var s = (uint)Math.Round(((a - d) * 60 - m) * 60 * 100);
            var bytes = new byte[24];
            uint[] parts = [d, 1, m, 1, s, 100];
            for (var i = 0; i < parts.Length; i++) BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(i * 4), parts[i]);
            return bytes;
        }

        var tiff = new MemoryStream();
        var w = new BinaryWriter(tiff);
        w.Write("II"u8);
        w.Write((ushort)42);
        w.Write((uint)ifd0);
        void Entry(ushort tag, ushort type, uint count, uint value)
        {
            w.Write(tag);
            w.Write(type);
            w.Write(count);
            w.Write(value);
        }
        var make = Ascii("Plaza Test Camera");
        var artist = Ascii(owner);
        var description = Ascii(comment);
        w.Write((ushort)5);
        Entry(0x010E, 2, (uint)description.Length, (uint)Put(description)); // ImageDescription
        Entry(0x010F, 2, (uint)make.Length, (uint)Put(make));                // Make
        Entry(0x0112, 3, 1, 6);                                              // Orientation: turn 90° clockwise
        Entry(0x013B, 2, (uint)artist.Length, (uint)Put(artist));            // Artist
        Entry(0x8825, 4, 1, gps);                                            // GPS IFD
        w.Write(0u);
        w.Write((ushort)4);
        Entry(0x0001, 2, 2, latitude >= 0 ? 'N' : 'S');
        Entry(0x0002, 5, 3, (uint)Put(Degrees(latitude)));
        Entry(0x0003, 2, 2, longitude >= 0 ? 'E' : 'W');
        Entry(0x0004, 5, 3, (uint)Put(Degrees(longitude)));
        w.Write(0u);
        w.Write(data.ToArray());
        return tiff.ToArray();
    }
}

/// <summary>What a picture file carries besides its pixels: the JPEG segments before the scan, or the PNG chunks.</summary>
internal static class PictureParts
{
    /// <summary>JPEG markers ("APP1", "COM", "DQT"…) up to the start of scan, or PNG chunk types ("IHDR", "tEXt"…).</summary>
    public static List<string> Of(byte[] file)
    {
        var parts = new List<string>();
        if (file.Length > 8 && file[0] == 0x89 && file[1] == 0x50)
        {
            for (var at = 8; at + 8 <= file.Length;)
            {
                var length = BinaryPrimitives.ReadInt32BigEndian(file.AsSpan(at));
                parts.Add(Encoding.ASCII.GetString(file, at + 4, 4));
                at += 12 + length;
            }
            return parts;
        }
        for (var at = 2; at + 4 <= file.Length && file[at] == 0xFF;)
        {
            var marker = file[at + 1];
            parts.Add(marker switch { >= 0xE0 and <= 0xEF => $"APP{marker - 0xE0}", 0xFE => "COM", 0xDA => "SOS", _ => $"FF{marker:X2}" });
            if (marker == 0xDA) break;
            at += 2 + BinaryPrimitives.ReadUInt16BigEndian(file.AsSpan(at + 2));
        }
        return parts;
    }

    /// <summary>Whether <paramref name="value"/> is in the file's bytes as UTF-8, Latin-1 or UTF-16 (either order), ignoring ASCII case.</summary>
    public static bool Contains(byte[] file, string value)
    {
        var lower = Encoding.Latin1.GetBytes(Encoding.Latin1.GetString(file).ToLowerInvariant());
        var wanted = value.ToLowerInvariant();
        return new[] { Encoding.UTF8, Encoding.Latin1, Encoding.Unicode, Encoding.BigEndianUnicode }
            .Any(e => lower.AsSpan().IndexOf(e.GetBytes(wanted)) >= 0);
    }
}
