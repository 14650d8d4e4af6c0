using System.Net;
using System.Text;
using System.Text.Json;
using Plaza.IntegrationTests.Infrastructure;
using Plaza.Web.Modules.Payments;

namespace Plaza.IntegrationTests.Payments;

/// <summary>
/// The sandbox's webhook secret is the installation's own: never a value written in the source. Outside Development the
/// app does not start without one; in Development it makes one once and keeps it in the data folder.
/// </summary>
public sealed class WebhookSecretTests
{
    /// <summary>What the secret used to default to, in the source for anyone to read.</summary>
    private const string SecretFromTheSource = "sandbox-dev-secret-change-me";

    private static string TempSecretFile() => Path.Combine(TestDatabase.SqliteFolder, "secret-" + Guid.NewGuid().ToString("N"), "sandbox-webhook-secret");

    private static PlazaFactory Unconfigured(string environment, string secretFile) => new(new Dictionary<string, string?>
    {
        ["environment"] = environment,
        ["Payments:Sandbox:WebhookSecret"] = null,
        ["Payments:Sandbox:WebhookSecretFile"] = secretFile,
    });

    /// <summary>A well-formed event for a payment that does not exist: a believed signature gets 404, a refused one 400.</summary>
    private static async Task<HttpResponseMessage> PostSignedWith(PlazaFactory factory, string secret)
    {
        var body = JsonSerializer.Serialize(new
        {
            id = "evt_" + Guid.NewGuid().ToString("N"), type = "payment.succeeded", created = factory.Clock.GetUtcNow().ToUnixTimeSeconds(),
            data = new { checkoutId = "cs_none", merchantReference = Guid.NewGuid().ToString(), amountMinor = 100, currency = "GBP" },
        });
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/payments/webhooks/sandbox")
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add(WebhookSignature.Header, WebhookSignature.Sign(secret, factory.Clock.GetUtcNow().ToUnixTimeSeconds(), body));
        return await factory.Anonymous().SendAsync(request);
    }

    [Fact]
    public async Task Outside_development_the_app_refuses_to_start_without_a_webhook_secret()
    {
        var file = TempSecretFile();
        await using var factory = Unconfigured("Production", file);

        var e = Should.Throw<Exception>(() => factory.CreateClient());

        string.Join(" / ", Chain(e).Select(x => x.Message)).ShouldContain("Payments:Sandbox:WebhookSecret");
        File.Exists(file).ShouldBeFalse("no secret is made up outside Development");
    }

    [Fact]
    public async Task In_development_a_secret_is_made_once_kept_in_the_data_folder_and_the_one_in_the_source_is_refused()
    {
        var file = TempSecretFile();
        string secret;
        await using (var first = Unconfigured("Development", file))
        {
            await (await PostSignedWith(first, SecretFromTheSource)).ShouldBeProblem(HttpStatusCode.BadRequest, "invalid_signature");
            secret = (await File.ReadAllTextAsync(file)).Trim();
            secret.Length.ShouldBeGreaterThanOrEqualTo(32);
            await (await PostSignedWith(first, secret)).ShouldBeProblem(HttpStatusCode.NotFound, "unknown_payment");
        }

        // The next start of the same installation keeps it: events the sandbox signed before a restart still verify.
        await using var again = Unconfigured("Development", file);
        await (await PostSignedWith(again, secret)).ShouldBeProblem(HttpStatusCode.NotFound, "unknown_payment");
        (await File.ReadAllTextAsync(file)).Trim().ShouldBe(secret);
    }

    private static IEnumerable<Exception> Chain(Exception? e)
    {
        for (; e is not null; e = e.InnerException) yield return e;
    }
}
