using Plaza.Web.Modules.Import;

namespace Plaza.UnitTests.Import;

public sealed class ImportOnlineRetailCommandTests
{
    private static readonly Guid StoreId = Guid.Parse("01a20000-0000-7000-8000-000000000001");

    [Theory]
    [InlineData("online-retail", "/data/retail.csv.gz", "--store", "01a20000-0000-7000-8000-000000000001")]
    [InlineData("online-retail", "--store=01a20000-0000-7000-8000-000000000001", "/data/retail.csv.gz")]
    [InlineData("--store", "01a20000-0000-7000-8000-000000000001", "online-retail", "/data/retail.csv.gz")]
    public void The_store_option_may_come_anywhere(params string[] args)
    {
        ImportOnlineRetailCommand.TryParseArguments(args, out var path, out var store, out _).ShouldBeTrue();
        path.ShouldBe("/data/retail.csv.gz");
        store.ShouldBe(StoreId);
    }

    [Fact]
    public void Without_a_store_the_default_store_is_used()
    {
        ImportOnlineRetailCommand.TryParseArguments(["online-retail", "retail.csv.gz", "--environment", "Production"], out var path, out var store, out _)
            .ShouldBeTrue();
        path.ShouldBe("retail.csv.gz");
        store.ShouldBeNull();
    }

    [Theory]
    [InlineData("online-retail")]
    [InlineData("amazon", "file.csv.gz")]
    [InlineData("online-retail", "file.csv.gz", "--store", "not-a-guid")]
    [InlineData("online-retail", "file.csv.gz", "--store")]
    public void Bad_arguments_are_refused_with_a_reason(params string[] args)
    {
        ImportOnlineRetailCommand.TryParseArguments(args, out _, out _, out var problem).ShouldBeFalse();
        problem.ShouldNotBeNullOrWhiteSpace();
    }
}
