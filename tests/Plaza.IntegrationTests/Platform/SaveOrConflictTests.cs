using Microsoft.EntityFrameworkCore;
using Plaza.IntegrationTests.Infrastructure;
using Plaza.Web.Modules.Catalog;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Errors;

namespace Plaza.IntegrationTests.Platform;

/// <summary>Only a unique-index refusal is a conflict; a foreign-key refusal is a real failure, on both databases.</summary>
public sealed class SaveOrConflictTests(PlazaFactory factory) : IClassFixture<PlazaFactory>
{
    [Fact]
    public async Task A_unique_index_refusal_becomes_the_callers_409()
    {
        var first = await factory.CategoryAsync("Bakery");
        await using var scope = factory.Db();
        scope.Db.Add(Category.Create(first.Slug, "Bakery again", position: 1));

        var e = await Should.ThrowAsync<DomainException>(() => scope.Db.SaveOrConflictAsync("slug_taken", "That address is taken.", CancellationToken.None));

        e.Code.ShouldBe("slug_taken");
    }

    [Fact]
    public async Task A_foreign_key_refusal_is_not_dressed_up_as_a_conflict()
    {
        await using var scope = factory.Db();
        scope.Db.Add(Product.Create(Guid.NewGuid(), Guid.NewGuid(), "Orphan", "", factory.Clock.GetUtcNow().UtcDateTime));

        var e = await Should.ThrowAsync<DbUpdateException>(() => scope.Db.SaveOrConflictAsync("taken", "Taken.", CancellationToken.None));

        e.IsUniqueViolation().ShouldBeFalse();
    }

    [Fact]
    public async Task Inserting_once_keeps_the_first_row_and_says_the_second_was_not_needed()
    {
        var slug = TestData.Unique("once");
        await using var scope = factory.Db();

        (await scope.Db.InsertOnceAsync(Category.Create(slug, "First", position: 0), CancellationToken.None)).ShouldBeTrue();
        (await scope.Db.InsertOnceAsync(Category.Create(slug, "Second", position: 0), CancellationToken.None)).ShouldBeFalse();

        scope.Db.ChangeTracker.Entries().ShouldBeEmpty();
        (await scope.Db.Set<Category>().Where(c => c.Slug == slug).Select(c => c.Name).ToListAsync()).ShouldBe(["First"]);
    }

    [Fact]
    public async Task Inserting_once_inside_a_transaction_leaves_the_transaction_usable_after_a_duplicate()
    {
        var slug = TestData.Unique("tx");
        await factory.CategoryAsync(slug);
        var existing = await factory.CategoryAsync("Dairy");
        await using var scope = factory.Db();
        await using var tx = await scope.Db.Database.BeginTransactionAsync();

        (await scope.Db.InsertOnceAsync(Category.Create(existing.Slug, "Duplicate", position: 0), CancellationToken.None)).ShouldBeFalse();
        (await scope.Db.InsertOnceAsync(Category.Create(slug + "-new", "New", position: 0), CancellationToken.None)).ShouldBeTrue();
        await tx.CommitAsync();

        (await scope.Db.Set<Category>().CountAsync(c => c.Slug == slug + "-new")).ShouldBe(1);
    }

    [Fact]
    public async Task Inserting_once_does_not_swallow_a_foreign_key_refusal()
    {
        await using var scope = factory.Db();

        await Should.ThrowAsync<DbUpdateException>(() => scope.Db.InsertOnceAsync(
            Product.Create(Guid.NewGuid(), Guid.NewGuid(), "Orphan", "", factory.Clock.GetUtcNow().UtcDateTime), CancellationToken.None));
    }
}
