using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Plaza.IntegrationTests.Infrastructure;
using Plaza.Web.Modules.Catalog;
using Plaza.Web.Platform.Web;
using SkiaSharp;

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
        // Stored as re-encoded (see UploadedPhotoTests), so not the same bytes: the same pixels.
        using var back = SKBitmap.Decode(await served.Content.ReadAsByteArrayAsync());
        using var sent = SKBitmap.Decode(png);
        back.Pixels.ShouldBe(sent.Pixels);
        await using var scope = factory.Db();
        var photo = await scope.Db.Set<ProductPhoto>().AsNoTracking().SingleAsync(p => p.ProductId == productId);
        (photo.ContentType, photo.Position).ShouldBe(("image/png", 0));
        var detail = await factory.Anonymous().GetAsync($"/api/v1/products/{productId}?storeId={storeId}");
        (await detail.ShouldHaveStatus(HttpStatusCode.OK)).GetProperty("photoUrls")[0].GetString().ShouldBe(url);
    }

    /// <summary>What an upload may not be: each is refused with a 400 naming the field, and nothing is kept.</summary>
    public static TheoryData<string> Refusals => ["a text file named .png", "over 5 MB", "50,000 × 50,000 pixels", "a PNG signature and words", "zero bytes"];

    private static byte[] Refused(string what) => what switch
    {
        "a text file named .png" => Encoding.UTF8.GetBytes("<svg onload=alert(1)>definitely a picture</svg>"),
        "over 5 MB" => [.. TinyPng.Create(1, 1), .. new byte[PhotoStorage.MaxBytes]], // starts like a PNG: only the size is wrong
        "50,000 × 50,000 pixels" => TinyPng.Claiming(50_000, 50_000), // a few hundred bytes; 10 GB once decoded
        "a PNG signature and words" => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, .. "no chunks here, just words"u8],
        _ => [],
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task An_upload_that_is_no_acceptable_picture_is_a_400_naming_file_and_nothing_is_stored(string what)
    {
        var (storeId, productId, staff) = await ArrangeAsync();
        var filesBefore = FilesOnDisk();

        var response = await staff.PostAsync($"/api/v1/products/{productId}/photos?storeId={storeId}", Upload(Refused(what), "upload.png", "image/png"));

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

    [Fact]
    public async Task A_phone_JPEG_is_stored_upright_without_its_GPS_position_camera_or_owner()
    {
        var (storeId, productId, staff) = await ArrangeAsync();
        var jpeg = PhoneJpeg.Create(40, 20, owner: "Erin Qzxv", comment: "Call +447700900777", latitude: 51.5326, longitude: -0.1059);
        PictureParts.Of(jpeg).ShouldContain("APP1"); // the EXIF block is there before
        PictureParts.Contains(jpeg, "Erin Qzxv").ShouldBeTrue();

        var response = await staff.PostAsync($"/api/v1/products/{productId}/photos?storeId={storeId}", Upload(jpeg, "IMG_0001.jpg", "image/jpeg"));

        var url = (await response.ShouldHaveStatus(HttpStatusCode.Created)).GetProperty("url").GetString()!;
        var stored = await (await factory.Anonymous().GetAsync(url)).Content.ReadAsByteArrayAsync();
        // Nothing but the picture: no EXIF/XMP (APP1), no other application segment and no comment; not one of the strings it carried.
        var parts = PictureParts.Of(stored);
        parts.ShouldNotContain(p => p.StartsWith("APP", StringComparison.Ordinal) && p != "APP0" || p == "COM", string.Join(" ", parts));
        foreach (var text in new[] { "Erin Qzxv", "+447700900777", "Plaza Test Camera", "Exif" }) PictureParts.Contains(stored, text).ShouldBeFalse(text);
        // Turned as the EXIF orientation said, since the tag that said so is gone.
        using var codec = SKCodec.Create(new MemoryStream(stored));
        (codec.Info.Width, codec.Info.Height, codec.EncodedOrigin).ShouldBe((20, 40, SKEncodedOrigin.TopLeft));
    }

    [Fact]
    public async Task Photos_stored_before_uploads_were_cleaned_are_cleaned_once_in_place()
    {
        var storage = factory.Services.GetRequiredService<PhotoStorage>();
        File.Delete(Path.Combine(storage.Root, StoredPhotoCleaning.Marker));
        var old = Path.Combine(storage.Root, Guid.NewGuid().ToString("N") + ".jpg");
        await File.WriteAllBytesAsync(old, PhoneJpeg.Create(40, 20, owner: "Erin Qzxv", comment: "Call", latitude: 51.5, longitude: -0.1));

        var cleaned = await StoredPhotoCleaning.CleanAll(storage, NullLogger.Instance, CancellationToken.None);
        var again = await StoredPhotoCleaning.CleanAll(storage, NullLogger.Instance, CancellationToken.None);

        cleaned.ShouldBeGreaterThanOrEqualTo(1);
        again.ShouldBe(0); // the folder is marked done
        var stored = await File.ReadAllBytesAsync(old);
        PictureParts.Of(stored).ShouldNotContain("APP1");
        PictureParts.Contains(stored, "Erin Qzxv").ShouldBeFalse();
    }
}
