using System.Diagnostics;
using System.Globalization;
using Plaza.Web.Platform.Web;
using SkiaSharp;

namespace Plaza.Bench;

/// <summary>
/// What re-encoding an upload costs (PhotoCleaner, as PhotoStorage.Save calls it): a camera-sized JPEG, a phone-screen JPEG and a
/// PNG screenshot, each cleaned <c>runs</c> times after one warm-up, on one thread. Prints a Markdown table.
/// </summary>
internal static class PhotoCleaning
{
    public static void Run(int runs)
    {
        Console.WriteLine("| picture | pixels | upload | stored | stored pixels | median ms | p90 ms | min ms | CPU ms each |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|---|");
        foreach (var (label, width, height, format) in new[]
                 {
                     ("12 MP phone JPEG (quality 90)", 4000, 3000, SKEncodedImageFormat.Jpeg),
                     ("2 MP JPEG (quality 90)", 1600, 1200, SKEncodedImageFormat.Jpeg),
                     ("2 MP PNG", 1600, 1200, SKEncodedImageFormat.Png),
                 })
        {
            var upload = Picture(width, height, format);
            var (first, _) = PhotoCleaner.Clean(upload, PhotoCleaner.DefaultMaxPixels); // warm-up, and what is stored
            var times = new List<double>();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            for (var i = 0; i < runs; i++)
            {
                var watch = Stopwatch.StartNew();
                PhotoCleaner.Clean(upload, PhotoCleaner.DefaultMaxPixels);
                times.Add(watch.Elapsed.TotalMilliseconds);
            }
            // CPU time moves less than wall time on a machine shared with other builds.
            var cpuEach = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / runs;
            times.Sort();
            string F(double v) => v.ToString("0.0", CultureInfo.InvariantCulture);
            Console.WriteLine($"| {label} | {width} × {height} | {upload.Length / 1024} KB | {first!.Bytes.Length / 1024} KB | " +
                $"{first.Width} × {first.Height} | {F(times[times.Count / 2])} | {F(times[(int)(times.Count * 0.9)])} | {F(times[0])} | {F(cpuEach)} |");
        }
    }

    /// <summary>Something like a photo: soft gradients with grain, so the encoder has detail to keep (a flat colour would flatter it).</summary>
    private static byte[] Picture(int width, int height, SKEncodedImageFormat format)
    {
        using var bitmap = new SKBitmap(width, height);
        var random = new Random(42);
        var pixels = new SKColor[width * height];
        for (var y = 0; y < height; y++)
            for (var x = 0; x < width; x++)
            {
                var grain = random.Next(-12, 13);
                pixels[(y * width) + x] = new SKColor((byte)Math.Clamp((x * 255 / width) + grain, 0, 255),
                    (byte)Math.Clamp((y * 255 / height) + grain, 0, 255), (byte)Math.Clamp(128 + (int)(60 * Math.Sin(x / 90.0 + y / 70.0)) + grain, 0, 255));
            }
        bitmap.Pixels = pixels;
        using var data = bitmap.Encode(format, 90);
        return data.ToArray();
    }
}
