using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Platform.Idempotency;

/// <summary>
/// For endpoints marked [Idempotent] (ADR 0006): the first request with a key claims it (a unique row), its response is stored,
/// and a retry with the same key and body gets that response again. The same key with a different body is a client bug: 422.
/// A retry while the first is still running (its claim's lease is renewed): 409. A retry after the first died (its lease
/// lapsed) takes the key over and runs again; the use case finds what the dead run committed through <see cref="RequestKeys"/>.
/// </summary>
internal sealed class IdempotencyMiddleware(RequestDelegate next)
{
    public const string Header = "Idempotency-Key";

    public async Task InvokeAsync(HttpContext http, PlazaDb db, TimeProvider clock, IServiceScopeFactory scopes, ILogger<IdempotencyMiddleware> log)
    {
        var key = http.Request.Headers[Header].ToString();
        if (string.IsNullOrEmpty(key) || http.GetEndpoint()?.Metadata.GetMetadata<IdempotentAttribute>() is null)
        {
            await next(http);
            return;
        }
        if (key.Length > RequestKeys.KeyMaxLength)
        {
            await Problem(http, 400, "idempotency_key_invalid", "The Idempotency-Key header must be at most 100 characters.");
            return;
        }

        var hash = await HashAsync(http.Request, http.RequestAborted);
        var scope = RequestKeys.Scope(http);
        var records = db.Set<IdempotencyRecord>();

        var existing = await records.AsNoTracking().FirstOrDefaultAsync(r => r.Scope == scope && r.Key == key, http.RequestAborted);
        if (existing is null)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            var claim = new IdempotencyRecord
            {
                Id = Guid.CreateVersion7(), Scope = scope, Key = key, RequestHash = hash, CreatedAtUtc = now, LeaseUntilUtc = now + IdempotencyRecord.Lease,
            };
            if (await db.InsertOnceAsync(claim, http.RequestAborted))
            {
                db.ChangeTracker.Clear();
                await RunAndRecord(http, db, new ClaimLease(scopes, clock, log, claim.Id, claim.Attempt), claim.Id, claim.Attempt);
                return;
            }
            // Another request with this key won the race: this is a retry of it.
            existing = await records.AsNoTracking().FirstAsync(r => r.Scope == scope && r.Key == key, http.RequestAborted);
        }

        if (existing.RequestHash != hash)
        {
            await Problem(http, 422, "idempotency_key_reused", "This Idempotency-Key was already used with a different request.");
            return;
        }
        if (existing.Completed)
        {
            await Replay(http, existing);
            return;
        }
        var at = clock.GetUtcNow().UtcDateTime;
        if (existing.LeaseUntilUtc > at)
        {
            var wait = Math.Max(1, (int)Math.Ceiling((existing.LeaseUntilUtc.Value - at).TotalSeconds));
            http.Response.Headers.RetryAfter = wait.ToString(CultureInfo.InvariantCulture);
            await Problem(http, 409, "idempotency_in_progress", "A request with this Idempotency-Key is still being processed.");
            return;
        }

        // The request that held the key stopped renewing its claim: it died. Take the key over, one retry only, and run again.
        var attempt = existing.Attempt + 1;
        var lease = at + IdempotencyRecord.Lease;
        var taken = await records
            .Where(r => r.Id == existing.Id && !r.Completed && r.Attempt == existing.Attempt && (r.LeaseUntilUtc == null || r.LeaseUntilUtc <= at))
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Attempt, attempt).SetProperty(r => r.LeaseUntilUtc, lease), http.RequestAborted);
        if (taken == 1)
        {
            await RunAndRecord(http, db, new ClaimLease(scopes, clock, log, existing.Id, attempt), existing.Id, attempt);
            return;
        }
        http.Response.Headers.RetryAfter = "1";
        await Problem(http, 409, "idempotency_in_progress", "A request with this Idempotency-Key is still being processed.");
    }

    /// <summary>Runs the request under its claim, then records its response, or frees the key when it failed.</summary>
    private async Task RunAndRecord(HttpContext http, PlazaDb db, ClaimLease lease, Guid recordId, int attempt)
    {
        // Every write is this run's only while it still holds the claim (the attempt it took).
        var mine = db.Set<IdempotencyRecord>().Where(r => r.Id == recordId && r.Attempt == attempt && !r.Completed);
        var original = http.Response.Body;
        using var capture = new MemoryStream();
        http.Response.Body = capture;
        try
        {
            await using (lease) await next(http);
        }
        catch
        {
            // Nothing was committed for a failed request (one use case = one transaction): free the key.
            await mine.ExecuteDeleteAsync(CancellationToken.None);
            http.Response.Body = original;
            throw;
        }
        http.Response.Body = original;
        capture.Position = 0;
        var body = Encoding.UTF8.GetString(capture.ToArray());
        if (http.Response.StatusCode >= 500)
        {
            await mine.ExecuteDeleteAsync(CancellationToken.None);
        }
        else
        {
            var status = http.Response.StatusCode;
            var contentType = http.Response.ContentType;
            await mine.ExecuteUpdateAsync(s => s
                .SetProperty(r => r.Completed, true)
                .SetProperty(r => r.LeaseUntilUtc, (DateTime?)null)
                .SetProperty(r => r.StatusCode, status)
                .SetProperty(r => r.ContentType, contentType)
                .SetProperty(r => r.Body, body), CancellationToken.None);
        }
        capture.Position = 0;
        await capture.CopyToAsync(original, http.RequestAborted);
    }

    private static async Task Replay(HttpContext http, IdempotencyRecord record)
    {
        http.Response.StatusCode = record.StatusCode;
        http.Response.Headers["Idempotent-Replayed"] = "true";
        if (record.ContentType is not null) http.Response.ContentType = record.ContentType;
        if (record.Body is not null) await http.Response.WriteAsync(record.Body, http.RequestAborted);
    }

    /// <summary>The request's method, path and body: the same key must come with the same request.</summary>
    private static async Task<string> HashAsync(HttpRequest request, CancellationToken ct)
    {
        request.EnableBuffering();
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(Encoding.UTF8.GetBytes(request.Method + " " + request.Path + "\n"));
        var buffer = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(buffer, ct)) > 0) sha.AppendData(buffer, 0, read);
        request.Body.Position = 0;
        return Convert.ToHexString(sha.GetHashAndReset());
    }

    private static Task Problem(HttpContext http, int status, string code, string title)
    {
        http.Response.StatusCode = status;
        return http.Response.WriteAsJsonAsync(new ProblemDetails { Status = status, Title = title, Extensions = { ["code"] = code } },
            options: null, contentType: "application/problem+json");
    }
}
