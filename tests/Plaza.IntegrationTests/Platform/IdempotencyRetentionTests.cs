using Microsoft.EntityFrameworkCore;
using Plaza.IntegrationTests.Infrastructure;
using Plaza.Web.Platform.Idempotency;

namespace Plaza.IntegrationTests.Platform;

public sealed class IdempotencyRetentionTests(PlazaFactory factory) : IClassFixture<PlazaFactory>
{
    [Fact]
    public async Task Stored_responses_older_than_a_day_are_removed_and_newer_ones_kept()
    {
        var now = factory.Clock.GetUtcNow().UtcDateTime;
        await using var scope = factory.Db();
        scope.Db.AddRange(
            new IdempotencyRecord
                { Id = Guid.CreateVersion7(), Scope = "s", Key = "old", RequestHash = "h", Completed = true, StatusCode = 201,
                    CreatedAtUtc = now.AddHours(-25) },
            new IdempotencyRecord
                { Id = Guid.CreateVersion7(), Scope = "s", Key = "new", RequestHash = "h", Completed = true, StatusCode = 201,
                    CreatedAtUtc = now.AddHours(-23) });
        await scope.Db.SaveChangesAsync();

        var removed = await IdempotencyJanitor.SweepAsync(scope.Db, now, CancellationToken.None);

        removed.ShouldBe(1);
        (await scope.Db.Set<IdempotencyRecord>().Where(r => r.Scope == "s").Select(r => r.Key).ToListAsync()).ShouldBe(["new"]);
    }
}
