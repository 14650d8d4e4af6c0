using Microsoft.Extensions.DependencyInjection;
using Plaza.Web.Modules.Sharing;
using Plaza.Web.Modules.Sharing.Contracts;

namespace Plaza.UnitTests.Sharing;

/// <summary>Modules register what can be shared; Sharing finds a link's target through the module that registered its kind.</summary>
public sealed class ShareTargetsTests
{
    [Fact]
    public async Task A_link_is_followed_to_its_target_through_the_finder_its_module_registered()
    {
        var targets = Targets(s => s.AddShareTarget<Clubs>("Community", order: 20));
        var link = ShareLink.Create("ABCD2345", Guid.CreateVersion7(), targets.Kinds.Find("community")!, Clubs.Id, null, DateTime.UtcNow);

        var target = await targets.Find(link, CancellationToken.None);

        (target?.Kind.Name, target?.Url, target?.Title).ShouldBe(("Community", "/communities/bakers", "Bakers"));
    }

    [Fact]
    public async Task A_link_whose_kind_no_module_registers_any_more_points_at_nothing()
    {
        var retired = new ShareTargetDefinition("Retired", 99, InStore: false, typeof(Clubs));
        var link = ShareLink.Create("ABCD2345", Guid.CreateVersion7(), retired, Clubs.Id, null, DateTime.UtcNow);

        (await Targets(s => s.AddShareTarget<Clubs>("Community", order: 20)).Find(link, CancellationToken.None)).ShouldBeNull();
    }

    [Fact]
    public void Kinds_are_found_in_any_case_and_listed_in_their_order()
    {
        var kinds = Targets(s => s.AddShareTarget<Clubs>("Coupon", order: 50).AddShareTarget<Clubs>("Product", order: 10, inStore: true)).Kinds;

        kinds.All.Select(k => k.Name).ShouldBe(["Product", "Coupon"]);
        (kinds.Find("PRODUCT")?.InStore, kinds.Find("note")).ShouldBe((true, null));
    }

    [Fact]
    public void Registering_the_same_share_target_twice_is_refused_at_start_up()
    {
        var services = new ServiceCollection().AddShareTarget<Clubs>("Community", order: 20);

        Should.Throw<InvalidOperationException>(() => services.AddShareTarget<Clubs>("COMMUNITY", order: 30)).Message.ShouldContain("registered twice");
        Should.Throw<InvalidOperationException>(() => services.AddShareTarget<Clubs>("team_buy", order: 30));
    }

    private static ShareTargets Targets(Action<IServiceCollection> register)
    {
        var services = new ServiceCollection();
        register(services);
        var provider = services.BuildServiceProvider();
        return new ShareTargets(new ShareTargetKinds(provider.GetServices<ShareTargetDefinition>()), provider);
    }

    private sealed class Clubs : IShareTargetFinder
    {
        public static readonly Guid Id = Guid.CreateVersion7();

        public Task<SharedPage?> Find(Guid targetId, Guid? storeId, CancellationToken ct) =>
            Task.FromResult(targetId == Id ? new SharedPage("/communities/bakers", "Bakers") : null);
    }
}
