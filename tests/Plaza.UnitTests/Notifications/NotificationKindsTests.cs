using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Plaza.Web.Modules.Notifications;
using Plaza.Web.Modules.Notifications.Contracts;
using Plaza.Web.Platform.Localization;

namespace Plaza.UnitTests.Notifications;

/// <summary>Modules register their notification kinds; Notifications lists them in order and reads stored rows with them.</summary>
public sealed class NotificationKindsTests
{
    private static readonly NotificationKindDefinition Sale = new("FlashSale", "Flash sales I asked to be reminded of", Order: 140,
        (L, data) => L["The flash sale {0} has started: {1} while stocks last.", data["title"], data.Money("priceMinor")]);

    private static readonly NotificationKindDefinition Follower = new("NewFollower", "New followers", Order: 20, (L, _) => L["Someone new follows you."]);

    [Fact]
    public void A_kind_no_module_registers_any_more_still_reads_as_a_notification()
    {
        var kinds = new NotificationKinds([Sale, Follower]);

        InEnglish(() => kinds.Describe(Localizer(), Stored("Retired", new() { ["x"] = "1" }))).ShouldBe("You have a new notification.");
    }

    [Fact]
    public void A_registered_kind_reads_its_facts_with_money_written_the_readers_way()
    {
        var kinds = new NotificationKinds([Sale]);
        var row = Stored("FlashSale", new() { ["title"] = "Spring bread", ["priceMinor"] = "250", ["currency"] = "GBP" });

        InEnglish(() => kinds.Describe(Localizer(), row)).ShouldBe("The flash sale Spring bread has started: £2.50 while stocks last.");
    }

    [Fact]
    public void Missing_facts_read_as_empty_rather_than_failing()
    {
        var data = new NotificationData(new Dictionary<string, string>());

        (data["title"], data.Money("priceMinor"), data.Get("orders", "0")).ShouldBe(("", "", "0"));
    }

    [Fact]
    public void Kinds_are_listed_in_their_order_whatever_order_the_modules_registered_them_in()
    {
        new NotificationKinds([Sale, Follower]).All.Select(k => k.Name).ShouldBe(["NewFollower", "FlashSale"]);
    }

    [Fact]
    public void The_API_finds_a_kind_by_the_name_it_writes()
    {
        var kinds = new NotificationKinds([Sale, Follower]);

        (kinds.FromApi("flash_sale"), kinds.FromApi("FlashSale"), kinds.FromApi("spam")).ShouldBe((Sale, Sale, null));
        NotificationKinds.ApiName("NewFollower").ShouldBe("new_follower");
    }

    [Fact]
    public void Registering_the_same_kind_twice_is_refused_at_start_up()
    {
        var services = new ServiceCollection().AddNotificationKind(Sale);

        Should.Throw<InvalidOperationException>(() => services.AddNotificationKind(Sale with { Label = "Another" }))
            .Message.ShouldContain("registered twice");
        Should.Throw<InvalidOperationException>(() => services.AddNotificationKind(Sale with { Name = "FLASHSALE" }));
    }

    [Theory]
    [InlineData("flashSale")]
    [InlineData("Flash_sale")]
    [InlineData("AKindNameLongerThan20")]
    [InlineData("")]
    public void A_kind_whose_name_the_column_or_the_API_could_not_hold_is_refused(string name)
    {
        Should.Throw<InvalidOperationException>(() => new ServiceCollection().AddNotificationKind(Sale with { Name = name }));
    }

    private static Notification Stored(string kind, Dictionary<string, string> data) =>
        Notification.Create(Guid.CreateVersion7(), kind, Guid.CreateVersion7(), null, JsonSerializer.Serialize(data), null, DateTime.UtcNow);

    private static Microsoft.Extensions.Localization.IStringLocalizer Localizer() => new JsonStringLocalizerFactory().Create(typeof(NotificationKindsTests));

    private static string InEnglish(Func<string> read)
    {
        var (culture, ui) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("en");
        try
        {
            return read();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, ui);
        }
    }
}
