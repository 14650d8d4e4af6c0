using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Plaza.IntegrationTests.Infrastructure;
using Plaza.IntegrationTests.Ordering;
using Plaza.Web.Modules.Communities;
using Plaza.Web.Modules.Stores;

namespace Plaza.IntegrationTests.Privacy;

/// <summary>
/// After an account is deleted with "remove", the person's email, phone, name and address are nowhere: not in any text column of
/// any table (enumerated from the EF model, see <see cref="PersonalDataSweep"/>), not in any photo's bytes. Runs on the database
/// PLAZA_TEST_DB names, so test.sh runs it on SQLite and on PostgreSQL.
/// </summary>
public sealed class ErasureSweepTests(PlazaFactory factory) : IClassFixture<PlazaFactory>
{
    private sealed record Person(TestAccount Account, string Email, string Phone, string Name, string Address)
    {
        public string[] Details => [Email, Phone, Name, Address, Community.Slugify(Name)];
    }

    private static async Task<Guid> StartCommunityAsync(HttpClient client, string name, string description) =>
        (await (await client.PostAsJsonAsync("/api/v1/communities", new { name, kind = "neighbourhood", visibility = "public", description }))
            .ShouldHaveStatus(HttpStatusCode.Created)).GetProperty("id").GetGuid();

    private static MultipartFormDataContent Photo(byte[] bytes, string name, string type)
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue(type);
        return new MultipartFormDataContent { { file, "file", name } };
    }

    /// <summary>
    /// Erin works at a store and shops there; she writes her details wherever a person would: her home address on an order, her
    /// name, phone, email and address in a community she starts (a neighbour joins) and in one nobody joins, camera metadata on a
    /// product photo she takes for the store (the photo stays with the product) and text chunks on a note's photo. A neighbour's
    /// community names her too.
    /// </summary>
    private async Task<(Person Erin, TestAccount Neighbour, Guid Shared, Guid Lonely, Guid Neighbours)> ErinEverywhereAsync()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        var (email, name) = ($"erin.{tag}@example.com", $"Erin Qzxv{tag}");
        var (phone, address) = ("+4477009" + Random.Shared.Next(10000, 99999), $"Flat 2, {tag} Chapel Market, London N1");
        var store = await factory.StoreAsync();
        var product = await factory.ProductAsync(store, await factory.CategoryAsync(), TestData.Unique("Figs"), "", new SkuSpec("FIG", 300, 10));
        var erin = await factory.CreateAccountAsync(login: email, displayName: name);
        await using (var scope = factory.Db())
        {
            scope.Db.Add(StoreStaff.Add(store.Id, erin.Id, factory.Clock.GetUtcNow().UtcDateTime));
            await scope.Db.SaveChangesAsync();
        }
        var order = await erin.Client.PlaceDeliveryOrderAsync(store.Id, product.Skus[0].Id, address);
        await factory.PayAsync(erin.Client, order.GetProperty("id").GetGuid());

        var about = $"Run by {name}: ring {phone}, write to {email} or knock at {address}.";
        var shared = await StartCommunityAsync(erin.Client, $"{name}'s street", about);
        var lonely = await StartCommunityAsync(erin.Client, $"Friends of {name}", about);
        var neighbour = await factory.CreateAccountAsync(displayName: "Nia Neighbour");
        await (await neighbour.Client.PostAsync($"/api/v1/communities/{shared}/join", null)).ShouldHaveStatus(HttpStatusCode.Created);
        var neighbours = await StartCommunityAsync(neighbour.Client, "Chapel Market swaps", $"Ask {name} at {address} about the swap box.");

        var jpeg = PhoneJpeg.Create(40, 20, owner: name, comment: $"{phone}, {email}, {address}", latitude: 51.5326, longitude: -0.1059);
        await (await erin.Client.PostAsync($"/api/v1/products/{product.Id}/photos?storeId={store.Id}", Photo(jpeg, "IMG_0001.jpg", "image/jpeg")))
            .ShouldHaveStatus(HttpStatusCode.Created);
        var note = await (await erin.Client.PostAsJsonAsync("/api/v1/notes", new { title = "Figs again", body = "Ripe." }))
            .ShouldHaveStatus(HttpStatusCode.Created);
        var png = TinyPng.Create(2, 2, ("Author", name), ("Comment", $"{phone} {email} {address}"));
        await (await erin.Client.PostAsync($"/api/v1/notes/{note.GetProperty("id").GetGuid()}/photos", Photo(png, "figs.png", "image/png")))
            .ShouldHaveStatus(HttpStatusCode.Created);
        // She hosts a live room for the store under her own name and chats in it; the neighbour asks after her there.
        var room = await (await erin.Client.PostAsJsonAsync("/api/v1/live-rooms", new
        {
            storeId = store.Id, title = $"Figs with {name}", scheduledStartUtc = factory.Clock.GetUtcNow().UtcDateTime.AddHours(1),
            skuIds = new[] { product.Skus[0].Id },
        })).ShouldHaveStatus(HttpStatusCode.Created);
        var roomId = room.GetProperty("room").GetProperty("id").GetGuid();
        await (await erin.Client.PostAsJsonAsync($"/api/v1/live-rooms/{roomId}/messages", new { text = "The figs are ripe today, come and taste them" }))
            .ShouldHaveStatus(HttpStatusCode.Created);
        await (await neighbour.Client.PostAsJsonAsync($"/api/v1/live-rooms/{roomId}/messages", new { text = $"Say hi to {name} for me" }))
            .ShouldHaveStatus(HttpStatusCode.Created);
        await factory.DispatchAsync();
        return (new Person(erin, email, phone, name, address), neighbour, shared, lonely, neighbours);
    }

    [Fact]
    public async Task After_removal_her_email_phone_name_and_address_are_in_no_text_column_of_any_table_nor_in_any_photo()
    {
        var (erin, _, _, _, _) = await ErinEverywhereAsync();
        // The sweep finds each of them before (her phone only in what she wrote, as she signed up with her email). The photos were
        // cleaned as they came in (PhotoTests, NoteTests): a file left in the folder shows the sweep reads it.
        var control = Path.Combine(factory.PhotosPath, "control.bin");
        await File.WriteAllBytesAsync(control, System.Text.Encoding.Unicode.GetBytes(erin.Name));
        var before = await factory.FindEverywhereAsync(erin.Details);
        File.Delete(control);
        foreach (var detail in erin.Details) before.ShouldContain(f => f.EndsWith(" holds " + detail, StringComparison.Ordinal), detail);
        before.ShouldContain($"photos/control.bin holds {erin.Name}");

        await (await erin.Account.Client.PostAsJsonAsync("/api/v1/me/delete", new { password = PlazaFactory.Password, content = "remove" }))
            .ShouldHaveStatus(HttpStatusCode.NoContent);

        (await factory.FindEverywhereAsync(erin.Details)).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_community_she_ran_is_handed_to_a_member_and_keeps_nothing_of_hers()
    {
        var (erin, neighbour, shared, lonely, neighbours) = await ErinEverywhereAsync();

        await (await erin.Account.Client.PostAsJsonAsync("/api/v1/me/delete", new { password = PlazaFactory.Password, content = "remove" }))
            .ShouldHaveStatus(HttpStatusCode.NoContent);

        await using var scope = factory.Db();
        var members = await scope.Db.Set<Membership>().AsNoTracking().Where(m => m.CommunityId == shared).ToListAsync();
        members.ShouldHaveSingleItem().AccountId.ShouldBe(neighbour.Id);
        members[0].Role.ShouldBe(MemberRole.Owner);
        Guid[] ids = [shared, lonely, neighbours];
        var communities = await scope.Db.Set<Community>().AsNoTracking().Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id);
        // Her words go with her; the place stays, under a name and an address that no longer spell hers.
        (communities[shared].Name, communities[shared].Description, communities[shared].MemberCount).ShouldBe(("[removed]'s street", "", 1));
        communities[shared].Slug.ShouldStartWith("removed-s-street");
        (communities[lonely].Name, communities[lonely].MemberCount).ShouldBe(("Friends of [removed]", 0));
        // A neighbour's words stay, without her.
        communities[neighbours].Description.ShouldBe("Ask [removed] at [removed] about the swap box.");
    }
}
