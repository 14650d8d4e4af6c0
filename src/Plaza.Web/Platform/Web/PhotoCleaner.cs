using SkiaSharp;

namespace Plaza.Web.Platform.Web;

/// <summary>A picture as Plaza stores it: pixels only, re-encoded.</summary>
internal sealed record CleanPhoto(byte[] Bytes, string ContentType, int Width, int Height);

/// <summary>
/// Every uploaded picture is decoded and encoded again from its pixels, so nothing else survives: no EXIF (GPS position,
/// camera, owner's name), XMP, IPTC, JPEG comments, PNG text chunks or embedded colour profiles. The size in pixels is read
/// from the header and checked before anything is decoded (a few kilobytes can claim gigapixels: a decompression bomb).
/// The EXIF orientation is applied to the pixels, since the tag that carried it is gone. Large pictures are made smaller
/// (a JPEG is decoded at a reduced scale straight away). A picture keeps its format: JPEG stays JPEG, PNG (lossless, maybe
/// transparent) stays PNG, WebP stays WebP, so a shop's logo is not blurred into a JPEG.
/// </summary>
internal static class PhotoCleaner
{
    /// <summary>
    /// At most 40 megapixels in unless Storage:MaxPhotoPixels says otherwise (phones save 12 MP unless asked; a 48 MP photo,
    /// 8000 × 6000, is over): decoding takes 4 bytes a pixel, so this bounds the memory one upload can take (160 MB).
    /// </summary>
    public const long DefaultMaxPixels = 40_000_000;

    /// <summary>The longest side of what is stored: enough for a full-screen photo on a phone or a laptop.</summary>
    public const int MaxSide = 2048;

    /// <summary>JPEG and WebP quality: no visible loss on a phone screen, a fraction of the camera's file size.</summary>
    public const int Quality = 85;

    // Worded without the number, which is a setting: one sentence to translate whatever the limit is.
    public const string TooManyPixels = "This picture has too many pixels: make it smaller and upload it again.";
    public const string Unreadable = "This picture could not be read: upload a JPEG, PNG or WebP picture.";

    // Decoding takes memory (4 bytes a pixel): at most as many at once as there are processors.
    private static readonly SemaphoreSlim Decoding = new(Environment.ProcessorCount);

    /// <returns>The cleaned picture, or the refusal to show the person.</returns>
    public static async Task<(CleanPhoto? Photo, string? Error)> Clean(byte[] upload, long maxPixels, CancellationToken ct)
    {
        await Decoding.WaitAsync(ct);
        try
        {
            return Clean(upload, maxPixels);
        }
        finally
        {
            Decoding.Release();
        }
    }

    public static (CleanPhoto? Photo, string? Error) Clean(byte[] upload, long maxPixels)
    {
        using var data = SKData.CreateCopy(upload);
        using var codec = SKCodec.Create(data);
        if (codec is null || codec.EncodedFormat is not (SKEncodedImageFormat.Jpeg or SKEncodedImageFormat.Png or SKEncodedImageFormat.Webp))
            return (null, Unreadable);
        var (width, height) = (codec.Info.Width, codec.Info.Height);
        if (width <= 0 || height <= 0) return (null, Unreadable);
        if ((long)width * height > maxPixels) return (null, TooManyPixels);

        using var decoded = Decode(codec);
        if (decoded is null) return (null, Unreadable);
        using var upright = Redraw(decoded, codec.EncodedOrigin);
        using var pixels = upright.PeekPixels();
        // zlib level 3, not 6: a 2 MP PNG takes 240 ms of CPU instead of 600 ms and came out no larger (bench/README.md).
        var (encoded, type) = codec.EncodedFormat switch
        {
            SKEncodedImageFormat.Png => (pixels.Encode(new SKPngEncoderOptions(SKPngEncoderFilterFlags.AllFilters, zLibLevel: 3)), "image/png"),
            SKEncodedImageFormat.Webp => (pixels.Encode(new SKWebpEncoderOptions(SKWebpEncoderCompression.Lossy, Quality)), "image/webp"),
            _ => (pixels.Encode(new SKJpegEncoderOptions(Quality, SKJpegEncoderDownsample.Downsample420, SKJpegEncoderAlphaOption.Ignore)), "image/jpeg"),
        };
        using (encoded)
        {
            if (encoded is null) return (null, Unreadable);
            return (new CleanPhoto(encoded.ToArray(), type, upright.Width, upright.Height), null);
        }
    }

    /// <summary>Decodes to sRGB; a big JPEG or WebP is decoded at a smaller scale, which costs less memory and time.</summary>
    private static SKBitmap? Decode(SKCodec codec)
    {
        var longest = Math.Max(codec.Info.Width, codec.Info.Height);
        // libjpeg-turbo scales by eighths and Skia rounds to the nearest: ask for the next eighth up, so the decoded picture is
        // never below MaxSide (4000 px asks 5/8, 2500 px, not 1/2, 2000 px) and Redraw makes it exactly MaxSide.
        var wanted = (float)(Math.Ceiling(MaxSide * 8.0 / longest) / 8);
        var size = longest > MaxSide ? codec.GetScaledDimensions(wanted) : codec.Info.Size;
        // A codec that cannot scale to that answers with a size below what we asked for: decode at full size then.
        if (Math.Max(size.Width, size.Height) < Math.Min(MaxSide, longest)) size = codec.Info.Size;
        var alpha = codec.Info.AlphaType == SKAlphaType.Opaque ? SKAlphaType.Opaque : SKAlphaType.Premul;
        var info = new SKImageInfo(size.Width, size.Height, SKColorType.Rgba8888, alpha, SKColorSpace.CreateSrgb());
        var bitmap = new SKBitmap(info);
        var result = codec.GetPixels(info, bitmap.GetPixels());
        if (result == SKCodecResult.Success) return bitmap;
        bitmap.Dispose();
        return null;
    }

    /// <summary>Draws the pixels upright (the EXIF orientation applied) and at most <see cref="MaxSide"/> on the longest side.</summary>
    private static SKBitmap Redraw(SKBitmap source, SKEncodedOrigin origin)
    {
        var (w, h) = (source.Width, source.Height);
        var turned = origin is SKEncodedOrigin.LeftTop or SKEncodedOrigin.RightTop or SKEncodedOrigin.RightBottom or SKEncodedOrigin.LeftBottom;
        var (uprightWidth, uprightHeight) = turned ? (h, w) : (w, h);
        var scale = Math.Min(1f, (float)MaxSide / Math.Max(uprightWidth, uprightHeight));
        var width = Math.Max(1, (int)Math.Round(uprightWidth * scale));
        var height = Math.Max(1, (int)Math.Round(uprightHeight * scale));
        // No colour space on the result: its pixels are sRGB already (decoded so), and an encoder writes no profile (APP2, iCCP) for it.
        var target = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, source.AlphaType));
        using var canvas = new SKCanvas(target);
        canvas.Clear(SKColors.Transparent);
        canvas.Scale((float)width / uprightWidth, (float)height / uprightHeight);
        canvas.Concat(OriginMatrix(origin, w, h));
        using var image = SKImage.FromBitmap(source);
        canvas.DrawImage(image, 0, 0, new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear));
        canvas.Flush();
        return target;
    }

    /// <summary>Maps the stored pixels (w × h) to the upright picture, as Skia's SkEncodedOriginToMatrix does.</summary>
    private static SKMatrix OriginMatrix(SKEncodedOrigin origin, int w, int h) => origin switch
    {
        SKEncodedOrigin.TopRight => new SKMatrix(-1, 0, w, 0, 1, 0, 0, 0, 1),
        SKEncodedOrigin.BottomRight => new SKMatrix(-1, 0, w, 0, -1, h, 0, 0, 1),
        SKEncodedOrigin.BottomLeft => new SKMatrix(1, 0, 0, 0, -1, h, 0, 0, 1),
        SKEncodedOrigin.LeftTop => new SKMatrix(0, 1, 0, 1, 0, 0, 0, 0, 1),
        SKEncodedOrigin.RightTop => new SKMatrix(0, -1, h, 1, 0, 0, 0, 0, 1),
        SKEncodedOrigin.RightBottom => new SKMatrix(0, -1, h, -1, 0, w, 0, 0, 1),
        SKEncodedOrigin.LeftBottom => new SKMatrix(0, 1, 0, -1, 0, w, 0, 0, 1),
        _ => SKMatrix.Identity,
    };
}
