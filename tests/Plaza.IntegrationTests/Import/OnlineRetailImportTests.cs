using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Plaza.Web.Modules.Catalog;
using Plaza.Web.Modules.Identity;
using Plaza.Web.Modules.Import;
using Plaza.Web.Modules.Ordering;
using Plaza.Web.Modules.Ordering.Contracts;
using Plaza.Web.Modules.Stores;
using Plaza.Web.Platform.Errors;

namespace Plaza.IntegrationTests.Import;

public sealed class OnlineRetailImportTests : IAsyncLifetime
{
    // A dozen rows of the real file's shapes; the comment says what each one tests.
    private static readonly string[] Rows =
    [
        "536365,85123A,WHITE HANGING HEART T-LIGHT HOLDER,6,2010-12-01 08:26:00,2.55,17850.0,United Kingdom",
        "536365,71053,WHITE METAL LANTERN,6,2010-12-01 08:26:00,3.39,17850.0,United Kingdom",
        "536365,71053,WHITE METAL LANTERN,2,2010-12-01 08:26:00,3.39,17850.0,United Kingdom",          // duplicate, same price: merged
        "536365,POST,POSTAGE,1,2010-12-01 08:26:00,18.00,17850.0,United Kingdom",                        // fee
        "536366,22633,HAND WARMER UNION JACK,6,2010-12-01 08:28:00,1.85,17850.0,United Kingdom",
        "536366,22633,HAND WARMER UNION JACK,6,2010-12-01 08:28:00,1.95,17850.0,United Kingdom",        // duplicate, other price
        "536367,84879,ASSORTED COLOUR BIRD ORNAMENT,32,12/1/2010 8:34,1.69,13047.0,United Kingdom",     // US date format
        "536367,22745,POPPY'S PLAYHOUSE BEDROOM,6,2010-12-01 08:34:00,abc,13047.0,United Kingdom",     // bad price
        "536368,85123A,WHITE HANGING HEART T-LIGHT HOLDER,4,2010-12-01 09:00:00,2.95,,United Kingdom", // guest
        "536369,22960,JAM MAKING SET WITH JARS,0,2010-12-01 09:01:00,4.25,13047.0,United Kingdom",      // zero quantity
        "536370,22961,,-5,2010-12-01 09:02:00,0.0,,United Kingdom",                                      // stock adjustment
        "536371,85123A,WHITE HANGING HEART T-LIGHT HOLDER,1,not a date,2.55,17850.0,United Kingdom",   // bad date
        "536372,99999X,,3,2010-12-01 10:05:00,1.00,13047.0,United Kingdom",                              // new product, no name
        "C536379,85123A,WHITE HANGING HEART T-LIGHT HOLDER,-2,2010-12-01 09:41:00,2.55,17850.0,United Kingdom", // cancels 2 of 536365
        "C536380,84879,ASSORTED COLOUR BIRD ORNAMENT,-100,2010-12-01 09:45:00,1.69,13047.0,United Kingdom",    // more than was bought
        "C536381,22633,HAND WARMER UNION JACK,-1,2010-12-01 09:50:00,1.85,,United Kingdom",                     // guest cancellation
        "C536382,M,Manual,-1,2010-12-01 09:55:00,5.00,17850.0,United Kingdom",                                   // fee cancelled
    ];

    private static readonly Dictionary<RejectReason, int> ExpectedRejections = new()
    {
        [RejectReason.FeeOrAdjustmentCode] = 2,
        [RejectReason.DuplicateLineAtDifferentPrice] = 1,
        [RejectReason.InvalidPrice] = 1,
        [RejectReason.ZeroQuantity] = 1,
        [RejectReason.NegativeQuantityOnSale] = 1,
        [RejectReason.InvalidDate] = 1,
        [RejectReason.NoDescriptionForNewProduct] = 1,
        [RejectReason.CancellationWithoutMatchingOrder] = 1,
        [RejectReason.GuestCancellation] = 1,
    };

    private static readonly DateTime Now = new(2026, 3, 1, 12, 0, 0, DateTimeKind.Utc);
    private ImportTestDatabase _database = null!;

    public async Task InitializeAsync() => _database = await ImportTestDatabase.CreateAsync();

    public async Task DisposeAsync() => await _database.DisposeAsync();

    private async Task<ImportSummary> Import(RetailCsvFile file, Guid? storeId = null)
    {
        await using var db = _database.NewContext();
        return await new RetailImporter(db, new FakeTimeProvider(new DateTimeOffset(Now, TimeSpan.Zero))).ImportAsync(file.Path, storeId,
            NoImportProgress.Instance, CancellationToken.None);
    }

    [Fact]
    public async Task Importing_the_sample_creates_products_customers_orders_and_applies_the_cancellation()
    {
        using var file = new RetailCsvFile(Rows);

        var summary = await Import(file);

        summary.RowsRead.ShouldBe(17);
        (summary.ProductsCreated, summary.ProductsExisting, summary.OffersCreated).ShouldBe((4, 0, 4));
        (summary.CustomersCreated, summary.CustomersExisting).ShouldBe((3, 0));
        (summary.OrdersCreated, summary.OrdersExisting, summary.OrderLinesCreated).ShouldBe((4, 0, 5));
        (summary.CancellationsApplied, summary.CancellationsExisting).ShouldBe((1, 0));
        summary.Rejected.Where(r => r.Value > 0).ToDictionary().ShouldBe(ExpectedRejections, ignoreOrder: true);

        await using var db = _database.NewContext();
        var store = await db.Set<Store>().SingleAsync();
        store.Name.ShouldBe("Online Retail (UK)");
        store.Currency.ShouldBe("GBP");
        (await db.Set<Merchant>().SingleAsync(m => m.Id == store.MerchantId)).Name.ShouldBe("Online Retail Ltd");
        var category = await db.Set<Category>().SingleAsync(c => c.Slug == "imported");
        category.Name.ShouldBe("Imported");

        var products = await db.Set<Product>().Include(p => p.Skus).ToListAsync();
        products.Count.ShouldBe(4);
        products.ShouldAllBe(p => p.CategoryId == category.Id && p.MerchantId == store.MerchantId && p.Skus.Count == 1);
        var heart = products.Single(p => p.Skus[0].Code == "85123A");
        heart.Name.ShouldBe("WHITE HANGING HEART T-LIGHT HOLDER");
        heart.Skus[0].Label.ShouldBe("Single");
        heart.Skus[0].PriceMinor.ShouldBe(295); // 2.55 and 2.95 once each: the latest wins
        heart.Skus[0].Currency.ShouldBe("GBP");
        products.Single(p => p.Skus[0].Code == "71053").Skus[0].PriceMinor.ShouldBe(339);
        products.ShouldNotContain(p => p.Skus[0].Code == "99999X" || p.Skus[0].Code == "POST");
        var offers = await db.Set<StoreOffer>().ToListAsync();
        offers.Count.ShouldBe(4);
        offers.ShouldAllBe(o => o.StoreId == store.Id && o.Listed && o.Stock == 100);

        var accounts = await db.Set<Account>().ToListAsync();
        accounts.Select(a => a.Email)
            .ShouldBe(["customer-17850@import.plaza.test", "customer-13047@import.plaza.test", "guest@import.plaza.test"], ignoreOrder: true);
        accounts.ShouldAllBe(a => a.PasswordHash == "" && a.Phone == null);
        accounts.Single(a => a.Email == "customer-17850@import.plaza.test").DisplayName.ShouldBe("Customer 17850");
        accounts.Single(a => a.Email == "guest@import.plaza.test").DisplayName.ShouldBe("Guest (imported)");

        var orders = await db.Set<Order>().Include(o => o.Lines).Include(o => o.History).ToListAsync();
        orders.Select(o => o.ExternalReference).ShouldBe(["OR-536365", "OR-536366", "OR-536367", "OR-536368"], ignoreOrder: true);
        orders.ShouldAllBe(o => o.StoreId == store.Id && o.Status == OrderStatus.Completed && o.Currency == "GBP");

        var first = orders.Single(o => o.ExternalReference == "OR-536365");
        first.CustomerId.ShouldBe(accounts.Single(a => a.Email == "customer-17850@import.plaza.test").Id);
        first.PlacedAtUtc.ShouldBe(new DateTime(2010, 12, 1, 8, 26, 0, DateTimeKind.Utc));
        first.Lines.Single(l => l.UnitPriceMinor == 339).Quantity.ShouldBe(8);
        first.TotalMinor.ShouldBe(6 * 255 + 8 * 339);
        first.Lines.Single(l => l.UnitPriceMinor == 255).RefundedQuantity.ShouldBe(2);
        first.RefundedMinor.ShouldBe(2 * 255);
        first.PaymentState.ShouldBe(PaymentState.PartiallyRefunded);
        first.History.ShouldContain(h => h.Note == "Imported cancellation OR-C536379:85123A");

        var warmers = orders.Single(o => o.ExternalReference == "OR-536366").Lines.ShouldHaveSingleItem();
        (warmers.UnitPriceMinor, warmers.Quantity).ShouldBe((185L, 6)); // the first price kept
        orders.Single(o => o.ExternalReference == "OR-536367").PlacedAtUtc.ShouldBe(new DateTime(2010, 12, 1, 8, 34, 0, DateTimeKind.Utc));
        orders.Single(o => o.ExternalReference == "OR-536368").CustomerId.ShouldBe(accounts.Single(a => a.Email == "guest@import.plaza.test").Id);
        orders.Where(o => o.ExternalReference != "OR-536365").ShouldAllBe(o => o.RefundedMinor == 0 && o.PaymentState == PaymentState.Paid);
    }

    [Fact]
    public async Task Importing_the_same_file_again_adds_nothing()
    {
        using var file = new RetailCsvFile(Rows);
        await Import(file);
        var before = await Counts();

        var again = await Import(file);

        (again.ProductsCreated, again.ProductsExisting, again.OffersCreated).ShouldBe((0, 4, 0));
        (again.CustomersCreated, again.CustomersExisting).ShouldBe((0, 3));
        (again.OrdersCreated, again.OrdersExisting, again.OrderLinesCreated).ShouldBe((0, 4, 0));
        (again.CancellationsApplied, again.CancellationsExisting).ShouldBe((0, 1));
        again.Rejected.Where(r => r.Value > 0).ToDictionary().ShouldBe(ExpectedRejections, ignoreOrder: true);
        (await Counts()).ShouldBe(before);
        await using var db = _database.NewContext();
        (await db.Set<Order>().SingleAsync(o => o.ExternalReference == "OR-536365")).RefundedMinor.ShouldBe(2 * 255);
    }

    [Fact]
    public async Task A_cancellation_in_a_later_file_refunds_an_order_saved_by_an_earlier_run_once()
    {
        using (var sales = new RetailCsvFile(Rows[0], Rows[1]))
            await Import(sales);
        using var withCancellation = new RetailCsvFile(Rows[0], Rows[1], Rows[13]);

        var second = await Import(withCancellation);
        var third = await Import(withCancellation);

        (second.OrdersExisting, second.CancellationsApplied).ShouldBe((1, 1));
        (third.CancellationsApplied, third.CancellationsExisting).ShouldBe((0, 1));
        await using var db = _database.NewContext();
        var order = await db.Set<Order>().Include(o => o.Lines).Include(o => o.History).SingleAsync();
        order.Lines.Single(l => l.UnitPriceMinor == 255).RefundedQuantity.ShouldBe(2);
        order.RefundedMinor.ShouldBe(510);
        order.PaymentState.ShouldBe(PaymentState.PartiallyRefunded);
        order.History.Count(h => h.Note == "Imported cancellation OR-C536379:85123A").ShouldBe(1);
    }

    [Fact]
    public async Task A_cancellation_goes_to_the_latest_earlier_order_that_still_has_enough()
    {
        using var file = new RetailCsvFile(
            "536365,85123A,WHITE HANGING HEART T-LIGHT HOLDER,6,2010-12-01 08:26:00,2.55,17850.0,United Kingdom",
            "536400,85123A,WHITE HANGING HEART T-LIGHT HOLDER,1,2010-12-01 09:30:00,2.55,17850.0,United Kingdom",
            "536500,85123A,WHITE HANGING HEART T-LIGHT HOLDER,9,2010-12-01 11:00:00,2.55,17850.0,United Kingdom",
            "C536401,85123A,WHITE HANGING HEART T-LIGHT HOLDER,-1,2010-12-01 09:40:00,2.55,17850.0,United Kingdom",
            "C536402,85123A,WHITE HANGING HEART T-LIGHT HOLDER,-2,2010-12-01 09:41:00,2.55,17850.0,United Kingdom",
            "C536300,85123A,WHITE HANGING HEART T-LIGHT HOLDER,-1,2010-12-01 08:00:00,2.55,17850.0,United Kingdom");

        var summary = await Import(file);

        summary.CancellationsApplied.ShouldBe(2);
        summary.Rejected[RejectReason.CancellationWithoutMatchingOrder].ShouldBe(1); // C536300 came before any order
        await using var db = _database.NewContext();
        var refunded = await db.Set<Order>().Include(o => o.Lines)
            .ToDictionaryAsync(o => o.ExternalReference!, o => o.Lines.Sum(l => l.RefundedQuantity));
        refunded.ShouldBe(new Dictionary<string, int> { ["OR-536365"] = 2, ["OR-536400"] = 1, ["OR-536500"] = 0 }, ignoreOrder: true);
    }

    [Fact]
    public async Task A_given_store_receives_the_import_in_its_merchant_catalog()
    {
        Guid storeId, merchantId;
        await using (var setup = _database.NewContext())
        {
            var merchant = Merchant.Create("Corner Shop", Now);
            var store = Store.Open(merchant.Id, "Corner Shop Hackney", "1 Mare Street", 51.545, -0.055, "GBP", Now);
            setup.AddRange(merchant, store);
            await setup.SaveChangesAsync();
            (storeId, merchantId) = (store.Id, merchant.Id);
        }
        using var file = new RetailCsvFile(Rows);

        var summary = await Import(file, storeId);

        summary.StoreId.ShouldBe(storeId);
        await using var db = _database.NewContext();
        (await db.Set<Store>().CountAsync()).ShouldBe(1);
        (await db.Set<Merchant>().AnyAsync(m => m.Name == "Online Retail Ltd")).ShouldBeFalse();
        (await db.Set<Product>().CountAsync(p => p.MerchantId == merchantId)).ShouldBe(4);
        (await db.Set<StoreOffer>().CountAsync(o => o.StoreId == storeId)).ShouldBe(4);
        (await db.Set<Order>().CountAsync(o => o.StoreId == storeId)).ShouldBe(4);
    }

    [Fact]
    public async Task An_unknown_store_is_refused_before_anything_is_written()
    {
        using var file = new RetailCsvFile(Rows);

        var error = await Should.ThrowAsync<DomainException>(() => Import(file, Guid.CreateVersion7()));

        error.Code.ShouldBe("store_not_found");
        (await Counts()).ShouldBe(new DbCounts(0, 0, 0, 0, 0, 0));
    }

    [Fact]
    public async Task A_store_selling_in_another_currency_is_refused()
    {
        Guid storeId;
        await using (var setup = _database.NewContext())
        {
            var merchant = Merchant.Create("Tienda", Now);
            var store = Store.Open(merchant.Id, "Tienda Lavapiés", "Calle Ave María 1", 40.408, -3.701, "EUR", Now);
            setup.AddRange(merchant, store);
            await setup.SaveChangesAsync();
            storeId = store.Id;
        }
        using var file = new RetailCsvFile(Rows);

        (await Should.ThrowAsync<DomainException>(() => Import(file, storeId))).Code.ShouldBe("currency_mismatch");
    }

    private sealed record DbCounts(int Products, int Offers, int Accounts, int Orders, int Lines, int History);

    private async Task<DbCounts> Counts()
    {
        await using var db = _database.NewContext();
        return new DbCounts(await db.Set<Product>().CountAsync(), await db.Set<StoreOffer>().CountAsync(), await db.Set<Account>().CountAsync(),
            await db.Set<Order>().CountAsync(), await db.Set<OrderLine>().CountAsync(), await db.Set<OrderStatusChange>().CountAsync());
    }
}
