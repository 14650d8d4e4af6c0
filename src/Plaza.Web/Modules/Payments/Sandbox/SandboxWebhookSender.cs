using System.Text;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Payments.Sandbox;

/// <summary>
/// Delivers the sandbox's events to Plaza's webhook over real HTTP, signed, retrying with backoff
/// until a 2xx arrives — as a provider would. Delivery may repeat; the webhook ignores replays.
/// </summary>
internal sealed class SandboxWebhookSender(
    IServiceScopeFactory scopes, IHttpClientFactory http, IOptions<SandboxOptions> options, IServer server,
    TimeProvider clock, ILogger<SandboxWebhookSender> log) : BackgroundService
{
    public const string HttpClientName = "sandbox-webhooks";
    private readonly SemaphoreSlim _nudge = new(0);

    public void Nudge()
    {
        if (_nudge.CurrentCount == 0) _nudge.Release();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.AutoDeliver) return;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await DeliverDueAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogWarning(e, "Sandbox webhook delivery failed; will retry");
            }
            await _nudge.WaitAsync(TimeSpan.FromSeconds(options.Value.PollSeconds), stoppingToken).ContinueWith(_ => { }, CancellationToken.None);
        }
    }

    public async Task<int> DeliverDueAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlazaDb>();
        var now = clock.GetUtcNow().UtcDateTime;
        var due = await db.Set<SandboxEvent>().Where(e => e.DeliveredAtUtc == null && e.NextAttemptAtUtc <= now)
            .OrderBy(e => e.CreatedAtUtc).Take(50).ToListAsync(ct);
        var delivered = 0;
        foreach (var e in due)
        {
            e.Attempts++;
            try
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, WebhookUrl())
                {
                    Content = new StringContent(e.Payload, Encoding.UTF8, "application/json"),
                };
                request.Headers.Add(WebhookSignature.Header,
                    WebhookSignature.Sign(options.Value.WebhookSecret, clock.GetUtcNow().ToUnixTimeSeconds(), e.Payload));
                using var response = await http.CreateClient(HttpClientName).SendAsync(request, ct);
                if (response.IsSuccessStatusCode)
                {
                    e.DeliveredAtUtc = clock.GetUtcNow().UtcDateTime;
                    delivered++;
                }
                else e.LastError = $"HTTP {(int)response.StatusCode}";
            }
            catch (HttpRequestException ex)
            {
                e.LastError = ex.Message.Length > 500 ? ex.Message[..500] : ex.Message;
            }
            if (e.DeliveredAtUtc is null)
                e.NextAttemptAtUtc = clock.GetUtcNow().UtcDateTime + TimeSpan.FromSeconds(Math.Min(600, Math.Pow(2, e.Attempts)));
            await db.SaveChangesAsync(ct);
        }
        return delivered;
    }

    private string WebhookUrl()
    {
        if (options.Value.WebhookUrl is { Length: > 0 } configured) return configured;
        var address = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? "http://localhost:5080";
        address = address.Replace("://+", "://localhost").Replace("://*", "://localhost").Replace("://[::]", "://localhost")
            .Replace("://0.0.0.0", "://localhost");
        return address.TrimEnd('/') + "/api/v1/payments/webhooks/sandbox";
    }
}
