using Microsoft.EntityFrameworkCore;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Platform.Idempotency;

/// <summary>
/// Keeps a request's claim on its Idempotency-Key alive while the request runs: every <see cref="IdempotencyRecord.RenewEvery"/>
/// it pushes the lease out to <see cref="IdempotencyRecord.Lease"/> from now, in a scope of its own (the request's DbContext is
/// busy). A request that dies stops renewing, and a retry after the lease lapses takes the key over. Ticks come from the app's
/// <see cref="TimeProvider"/>.
/// </summary>
internal sealed class ClaimLease : IAsyncDisposable
{
    private readonly IServiceScopeFactory _scopes;
    private readonly TimeProvider _clock;
    private readonly ILogger _log;
    private readonly Guid _recordId;
    private readonly int _attempt;
    private readonly ITimer _timer;
    private readonly Lock _gate = new();
    private Task _renewing = Task.CompletedTask;

    public ClaimLease(IServiceScopeFactory scopes, TimeProvider clock, ILogger log, Guid recordId, int attempt)
    {
        (_scopes, _clock, _log, _recordId, _attempt) = (scopes, clock, log, recordId, attempt);
        _timer = clock.CreateTimer(_ => Renew(), null, IdempotencyRecord.RenewEvery, IdempotencyRecord.RenewEvery);
    }

    private void Renew()
    {
        lock (_gate)
        {
            if (_renewing.IsCompleted) _renewing = RenewAsync(); // a renewal still waiting on the database is enough
        }
    }

    private async Task RenewAsync()
    {
        try
        {
            await using var scope = _scopes.CreateAsyncScope();
            var until = _clock.GetUtcNow().UtcDateTime + IdempotencyRecord.Lease;
            await scope.ServiceProvider.GetRequiredService<PlazaDb>().Set<IdempotencyRecord>()
                .Where(r => r.Id == _recordId && r.Attempt == _attempt && !r.Completed)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.LeaseUntilUtc, until), CancellationToken.None);
        }
        catch (Exception e)
        {
            // The next tick tries again. Should the lease lapse, a retry runs the request again: the use case's own keys keep
            // that from doing anything twice.
            _log.LogWarning(e, "Could not renew the claim on idempotency record {RecordId}", _recordId);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _timer.DisposeAsync();
        Task renewing;
        lock (_gate) renewing = _renewing;
        await renewing;
    }
}
