using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Plaza.Web.Platform.Auth;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Platform.Idempotency;

/// <summary>
/// For endpoints marked [Idempotent]: the first request with a key claims it (a unique row), its
/// response is stored, and a retry with the same key and body gets that response again. The same
/// key with a different body is a client bug: 422. A retry while the first is still running: 409.
/// </summary>
internal sealed class IdempotencyMiddleware(RequestDelegate next)
{
    public const string Header = "Idempotency-Key";

    public async Task InvokeAsync(HttpContext http, PlazaDb db, TimeProvider clock)
    {
        var key = http.Request.Headers[Header].ToString();
        if (string.IsNullOrEmpty(key) || http.GetEndpoint()?.Metadata.GetMetadata<IdempotentAttribute>() is null)
        {
            await next(http);
            return;
        }
        if (key.Length > 100)
        {
            await Problem(http, 400, "idempotency_key_invalid", "The Idempotency-Key header must be at most 100 characters.");
            return;
        }

        http.Request.EnableBuffering();
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(Encoding.UTF8.GetBytes(http.Request.Method + " " + http.Request.Path + "\n"));
        var buffer = new byte[8192];
        int read;
        while ((read = await http.Request.Body.ReadAsync(buffer, http.RequestAborted)) > 0) sha.AppendData(buffer, 0, read);
        http.Request.Body.Position = 0;
        var hash = Convert.ToHexString(sha.GetHashAndReset());
        var scope = http.User.AccountId()?.ToString() ?? "anonymous";

        var existing = await db.Set<IdempotencyRecord>().AsNoTracking().FirstOrDefaultAsync(r => r.Scope == scope && r.Key == key, http.RequestAborted);
        if (existing is null)
        {
            var claim = new IdempotencyRecord
                { Id = Guid.CreateVersion7(), Scope = scope, Key = key, RequestHash = hash, CreatedAtUtc = clock.GetUtcNow().UtcDateTime };
            // When another request with this key wins the race, this is a retry of it.
            if (!await db.InsertOnceAsync(claim, http.RequestAborted))
                existing = await db.Set<IdempotencyRecord>().AsNoTracking().FirstAsync(r => r.Scope == scope && r.Key == key, http.RequestAborted);
            if (existing is null)
            {
                db.ChangeTracker.Clear();
                await RunAndRecord(http, db, claim.Id);
                return;
            }
        }

        if (existing.RequestHash != hash)
            await Problem(http, 422, "idempotency_key_reused", "This Idempotency-Key was already used with a different request.");
        else if (!existing.Completed)
            await Problem(http, 409, "idempotency_in_progress", "A request with this Idempotency-Key is still being processed.");
        else
        {
            http.Response.StatusCode = existing.StatusCode;
            http.Response.Headers["Idempotent-Replayed"] = "true";
            if (existing.ContentType is not null) http.Response.ContentType = existing.ContentType;
            if (existing.Body is not null) await http.Response.WriteAsync(existing.Body, http.RequestAborted);
        }
    }

    private async Task RunAndRecord(HttpContext http, PlazaDb db, Guid recordId)
    {
        var original = http.Response.Body;
        using var capture = new MemoryStream();
        http.Response.Body = capture;
        try
        {
            await next(http);
        }
        catch
        {
            // Nothing was committed for a failed request (one use case = one transaction): free the key.
            await db.Set<IdempotencyRecord>().Where(r => r.Id == recordId).ExecuteDeleteAsync(CancellationToken.None);
            http.Response.Body = original;
            throw;
        }
        http.Response.Body = original;
        capture.Position = 0;
        var body = Encoding.UTF8.GetString(capture.ToArray());
        if (http.Response.StatusCode >= 500)
        {
            await db.Set<IdempotencyRecord>().Where(r => r.Id == recordId).ExecuteDeleteAsync(CancellationToken.None);
        }
        else
        {
            var status = http.Response.StatusCode;
            var contentType = http.Response.ContentType;
            await db.Set<IdempotencyRecord>().Where(r => r.Id == recordId).ExecuteUpdateAsync(s => s
                .SetProperty(r => r.Completed, true)
                .SetProperty(r => r.StatusCode, status)
                .SetProperty(r => r.ContentType, contentType)
                .SetProperty(r => r.Body, body), CancellationToken.None);
        }
        capture.Position = 0;
        await capture.CopyToAsync(original, http.RequestAborted);
    }

    private static Task Problem(HttpContext http, int status, string code, string title)
    {
        http.Response.StatusCode = status;
        return http.Response.WriteAsJsonAsync(new ProblemDetails { Status = status, Title = title, Extensions = { ["code"] = code } },
            options: null, contentType: "application/problem+json");
    }
}
