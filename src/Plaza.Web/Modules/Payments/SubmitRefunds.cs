using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Jobs;

namespace Plaza.Web.Modules.Payments;

internal sealed class PaymentsOptions
{
    public int RefundSweepSeconds { get; set; } = 60;
}

/// <summary>
/// Sends the refunds that were recorded but never reached the provider — the node crashed after the commit, or the
/// provider was down — once their claim has run out (ADR 0016). Safe on several nodes: each refund is claimed with one
/// conditional UPDATE, and the provider call is keyed by the refund's id.
/// </summary>
internal sealed class SubmitRefunds(IServiceScopeFactory scopes, IOptions<PaymentsOptions> options, ILogger<SubmitRefunds> log) : PeriodicSweep(scopes, log)
{
    /// <returns>How many refunds the provider took.</returns>
    public static async Task<int> SweepAsync(IServiceProvider sp, CancellationToken ct)
    {
        var db = sp.GetRequiredService<PlazaDb>();
        var submitter = sp.GetRequiredService<RefundSubmitter>();
        var now = sp.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var due = await db.Set<PaymentRefund>().AsNoTracking().Where(r => r.SubmitAfterUtc != null && r.SubmitAfterUtc <= now)
            .OrderBy(r => r.SubmitAfterUtc).Select(r => new { r.Id, r.SubmitAttempts }).Take(100).ToListAsync(ct);
        var submitted = 0;
        foreach (var refund in due)
            if (await submitter.Submit(refund.Id, refund.SubmitAttempts, ct)) submitted++;
        return submitted;
    }

    protected override TimeSpan Period => TimeSpan.FromSeconds(Math.Max(1, options.Value.RefundSweepSeconds));

    protected override Task<int> Sweep(IServiceProvider services, CancellationToken ct) => SweepAsync(services, ct);

    protected override void Report(int count) => log.LogInformation("Sent {Count} refunds that had not reached the provider", count);
}
