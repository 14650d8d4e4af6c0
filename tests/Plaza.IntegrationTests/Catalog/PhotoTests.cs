using System.Buffers.Binary;
using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Plaza.IntegrationTests.Infrastructure;
using Plaza.Web.Modules.Catalog;
using Plaza.Web.Platform.Web;

namespace Plaza.IntegrationTests.Catalog;

public sealed class PhotoTests(PlazaFactory factory) : IClassFixture<PlazaFactory>
{
    private async Task<(Guid StoreId, Guid ProductId, HttpClient Staff)> ArrangeAsync()
    {
        var store = await factory.StoreAsync();
        var product = await factory.ProductAsync(store, await factory.CategoryAsync(), "Enamel Mug");
        return (store.Id, product.Id, await factory.CreateStaffAsync(store.Id));
    }

    private static MultipartFormDataContent Upload(byte[] bytes, string fileName, string contentType)
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        return new MultipartFormDataContent { { file, "file", fileName } };
    }

    private async Task<int> PhotoCountAsync(Guid productId)
    {
        await using var scope = factory.Db();
        return await scope.Db.Set<ProductPhoto>().CountAsync(p => p.ProductId == productId);
    }

    private int FilesOnDisk() => Directory.Exists(factory.PhotosPath) ? Directory.GetFiles(factory.PhotosPath).Length : 0;

    [Fact]
    public async Task Staff_upload_a_PNG_and_it_is_served_back_as_image_png()
    {
        var (storeId, productId, staff) = await ArrangeAsync();
        var png = TinyPng.Create(2, 2);

        var response = await staff.PostAsync($"/api/v1/products/{productId}/photos?storeId={storeId}", Upload(png, "mug.png", "image/png"));

        var body = await response.ShouldHaveStatus(HttpStatusCode.Created);
        var url = body.GetProperty("url").GetString()!;
        url.ShouldStartWith("/media/photos/");
        url.ShouldEndWith(".png");
        var served = await factory.Anonymous().GetAsync(url);
        await served.ShouldHaveStatus(HttpStatusCode.OK);
        served.Content.Headers.ContentType!.MediaType.ShouldBe("image/png");
        (await served.Content.ReadAsByteArrayAsync()).ShouldBe(png);
        await using var scope = factory.Db();
        var photo = await scope.Db.Set<ProductPhoto>().AsNoTracking().SingleAsync(p => p.ProductId == productId);
        (photo.ContentType, photo.Position).ShouldBe(("image/png", 0));
        var detail = await factory.Anonymous().GetAsync($"/api/v1/products/{productId}?storeId={storeId}");
        (await detail.ShouldHaveStatus(HttpStatusCode.OK)).GetProperty("photoUrls")[0].GetString().ShouldBe(url);
    }

    [Fact]
    public async Task A_text_file_named_png_is_a_400_naming_file_and_nothing_is_stored()
    {
        var (storeId, productId, staff) = await ArrangeAsync();
        var filesBefore = FilesOnDisk();

        var response = await staff.PostAsync($"/api/v1/products/{productId}/photos?storeId={storeId}",
            Upload(Encoding.UTF8.GetBytes("<svg onload=alert(1)>definitely a picture</svg>"), "mug.png", "image/png"));

        await response.ShouldBeValidationProblem("file");
        (await PhotoCountAsync(productId)).ShouldBe(0);
        FilesOnDisk().ShouldBe(filesBefore);
    }

    [Fact]
    public async Task A_picture_over_5_MB_is_a_400_naming_file_and_nothing_is_stored()
    {
        var (storeId, productId, staff) = await ArrangeAsync();
        var png = TinyPng.Create(1, 1);
        var big = new byte[PhotoStorage.MaxBytes + 1];
        png.CopyTo(big, 0); // starts like a PNG: only the size is wrong
        var filesBefore = FilesOnDisk();

        var response = await staff.PostAsync($"/api/v1/products/{productId}/photos?storeId={storeId}", Upload(big, "huge.png", "image/png"));

        await response.ShouldBeValidationProblem("file");
        (await PhotoCountAsync(productId)).ShouldBe(0);
        FilesOnDisk().ShouldBe(filesBefore);
    }

    [Fact]
    public async Task A_picture_of_exactly_5_MB_is_accepted()
    {
        var (storeId, productId, staff) = await ArrangeAsync();
        var exact = new byte[PhotoStorage.MaxBytes];
        TinyPng.Create(1, 1).CopyTo(exact, 0);

        var response = await staff.PostAsync($"/api/v1/products/{productId}/photos?storeId={storeId}", Upload(exact, "big.png", "image/png"));

        await response.ShouldHaveStatus(HttpStatusCode.Created);
        (await PhotoCountAsync(productId)).ShouldBe(1);
    }

    [Fact]
    public async Task A_shopper_uploading_a_photo_gets_404()
    {
        var (storeId, productId, _) = await ArrangeAsync();
        var shopper = await factory.CreateShopperAsync();

        var response = await shopper.PostAsync($"/api/v1/products/{productId}/photos?storeId={storeId}", Upload(TinyPng.Create(1, 1), "mug.png", "image/png"));

        await response.ShouldHaveStatus(HttpStatusCode.NotFound);
        (await PhotoCountAsync(productId)).ShouldBe(0);
    }

    [Theory]
    [InlineData("..%2F..%2Fappsettings.json")]
    [InlineData("nope.png")]
    public async Task A_photo_that_is_not_ours_is_not_served(string name)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await client.GetAsync("/media/photos/" + name);

        // A plain 404, or (outside /api, for people) a redirect to the friendly not-found page: never the file.
        var notFound = response.StatusCode == HttpStatusCode.NotFound
                       || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.OriginalString == "/not-found");
        notFound.ShouldBeTrue($"answered {(int)response.StatusCode} {response.Headers.Location}: {await response.Content.ReadAsStringAsync()}");
    }
}

/// <summary>A real, valid PNG (8-bit RGB), built byte by byte: signature, IHDR, zlib IDAT, IEND, each chunk with its CRC.</summary>
internal static class TinyPng
{
    public static byte[] Create(int width, int height)
    {
        using var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);

        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(0), width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8;  // bit depth
        header[9] = 2;  // colour type: RGB
        Chunk(png, "IHDR", header);

        using var raw = new MemoryStream();
        for (var y = 0; y < height; y++)
        {
            raw.WriteByte(0); // filter: none
            for (var x = 0; x < width; x++) raw.Write([(byte)(200 + x), (byte)(60 + y), 30]);
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
