using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using Plaza.IntegrationTests.Infrastructure;
using Plaza.Web.Modules.Support;

namespace Plaza.IntegrationTests.Support;

/// <summary>Photos in a conversation: both sides may send one, checked like every upload; a refused one writes nothing.</summary>
public sealed class SupportPhotoTests(PlazaFactory factory) : IClassFixture<PlazaFactory>
{
    private static MultipartFormDataContent Photo(byte[] bytes, string? text = null)
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        var form = new MultipartFormDataContent { { file, "file", "photo.png" } };
        if (text is not null) form.Add(new StringContent(text), "text");
        return form;
    }

    [Fact]
    public async Task The_shopper_and_the_store_send_photos_the_other_side_can_open_and_a_non_picture_is_refused_without_a_trace()
    {
        var store = await factory.StoreAsync();
        var staff = await factory.CreateStaffAccountAsync(store.Id);
        var shopper = await factory.CreateShopperAsync();
        var id = (await shopper.OpenAsync(store.Id, "I need a person: the jar arrived broken")).Id();

        var mine = await (await shopper.PostAsync($"/api/v1/support/conversations/{id}/photos", Photo(TinyPng.Create(8, 8), "This is how it came")))
            .ShouldHaveStatus(HttpStatusCode.OK);
        var sent = mine.GetProperty("messages").EnumerateArray().Last(m => m.GetProperty("author").GetString() == "customer");
        sent.GetProperty("text").GetString().ShouldBe("This is how it came");
        var url = sent.GetProperty("photoUrl").GetString()!;
        (await staff.Client.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var theirs = await (await staff.Client.PostAsync($"/api/v1/support/conversations/{id}/photos", Photo(TinyPng.Create(4, 4))))
            .ShouldHaveStatus(HttpStatusCode.OK);
        theirs.GetProperty("messages").EnumerateArray().Last().GetProperty("author").GetString().ShouldBe("agent");

        await using var scope = factory.Db();
        var before = await scope.Db.Set<SupportMessage>().CountAsync(m => m.ConversationId == id);
        await (await shopper.PostAsync($"/api/v1/support/conversations/{id}/photos", Photo("not a picture"u8.ToArray()))).ShouldBeValidationProblem("file");
        (await scope.Db.Set<SupportMessage>().CountAsync(m => m.ConversationId == id)).ShouldBe(before);
        var stranger = await factory.CreateShopperAsync();
        (await stranger.PostAsync($"/api/v1/support/conversations/{id}/photos", Photo(TinyPng.Create(4, 4)))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
