using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Identity;
using Plaza.IntegrationTests.Infrastructure;
using Plaza.Web.Modules.Identity;

namespace Plaza.IntegrationTests.Identity;

public sealed class RateLimitTests
{
    [Fact]
    public async Task With_a_limit_of_3_per_minute_the_4th_sign_in_attempt_is_429()
    {
        await using var factory = new PlazaFactory(new Dictionary<string, string?> { ["RateLimits:AuthPerMinute"] = "3" });
        // The account is written directly: registering through the API would spend one of the 3 permits.
        var login = TestData.Unique("limited") + "@example.com";
        await using (var scope = factory.Db())
        {
            var account = Account.Register(login, null, "Limited", factory.Clock.GetUtcNow().UtcDateTime);
            account.SetPasswordHash(scope.Get<IPasswordHasher<Account>>().HashPassword(account, PlazaFactory.Password));
            scope.Db.Add(account);
            await scope.Db.SaveChangesAsync();
        }
        var client = factory.Anonymous();

        for (var i = 0; i < 3; i++)
            await (await client.PostAsJsonAsync("/api/v1/auth/sign-in", new { login, password = PlazaFactory.Password })).ShouldHaveStatus(HttpStatusCode.OK);
        var fourth = await client.PostAsJsonAsync("/api/v1/auth/sign-in", new { login, password = PlazaFactory.Password });

        await fourth.ShouldHaveStatus(HttpStatusCode.TooManyRequests);
    }
}
