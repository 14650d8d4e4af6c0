using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Plaza.Web.Platform.Errors;

/// <summary>
/// Turns the exceptions that mean "the caller did something wrong" into ProblemDetails, so bad input
/// is never a 500: broken rules are 409 with a code, unreadable bodies are 400 naming the field.
/// </summary>
internal sealed class ProblemExceptionHandler(IProblemDetailsService problems, ILogger<ProblemExceptionHandler> log) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken ct)
    {
        // Pages show the friendly error page (UseExceptionHandler("/error")); only the API answers in JSON.
        if (!Web.PlatformSetup.IsApi(http)) return false;
        if (exception is RateLimitedException limited)
            http.Response.Headers.RetryAfter = ((int)Math.Ceiling(limited.RetryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var problem = exception switch
        {
            RateLimitedException r => new ProblemDetails
            {
                Status = StatusCodes.Status429TooManyRequests, Title = r.Message, Type = "https://plaza.example/problems/" + r.Code,
                Extensions = { ["code"] = r.Code },
            },
            DomainException d => Conflict(d.Code, d.Message),
            ForbiddenException f => Forbidden(f.Code, f.Message),
            DbUpdateConcurrencyException => Conflict("concurrency_conflict", "Someone else changed this at the same time. Reload and try again."),
            BadHttpRequestException bad => BadRequest(bad),
            _ => new ProblemDetails { Status = StatusCodes.Status500InternalServerError, Title = "Something went wrong." },
        };

        http.Response.StatusCode = problem.Status ?? 400;
        if (problem.Status >= 500) log.LogError(exception, "Unhandled");
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = problem, Exception = exception });
    }

    private static ProblemDetails Conflict(string code, string message) => new()
    {
        Status = StatusCodes.Status409Conflict,
        Title = message,
        Type = "https://plaza.example/problems/" + code,
        Extensions = { ["code"] = code },
    };

    private static ProblemDetails Forbidden(string code, string message) => new()
    {
        Status = StatusCodes.Status403Forbidden,
        Title = message,
        Type = "https://plaza.example/problems/" + code,
        Extensions = { ["code"] = code },
    };

    private static ProblemDetails BadRequest(BadHttpRequestException bad)
    {
        // A JSON body that does not fit the request type: name the field, as a validation problem.
        var json = FindJsonException(bad);
        var parameter = json is null ? BoundParameterName(bad.Message) : null;
        var field = json?.Path is { Length: > 0 } path ? JsonPathToField(path) : parameter ?? "body";
        var message = json is not null || parameter is not null ? $"The value for '{field}' is not valid." : bad.Message;
        if (bad.StatusCode == StatusCodes.Status413PayloadTooLarge)
            return new ProblemDetails { Status = 413, Title = "The request is too large." };
        return new ValidationProblemDetails(new Dictionary<string, string[]> { [field] = [message] })
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "One or more validation errors occurred.",
        };
    }

    private static JsonException? FindJsonException(Exception? e)
    {
        for (; e is not null; e = e.InnerException)
            if (e is JsonException j) return j;
        return null;
    }

    /// <summary>
    /// A query, route or header value that did not parse; minimal APIs name the parameter in the message:
    /// Failed to bind parameter "Nullable&lt;double&gt; lat" from "north". → "lat".
    /// </summary>
    internal static string? BoundParameterName(string message) => BindFailure.Match(message) is { Success: true } m ? m.Groups["name"].Value : null;

    private static readonly Regex BindFailure = new(
        """^(?:Failed to bind parameter "(?:[^"]*\s)?(?<name>[^"\s]+)" from|""" +
        """Required parameter "(?:[^"]*\s)?(?<name>[^"\s]+)" was not provided from (?:query string|route|header))""",
        RegexOptions.CultureInvariant);

    /// <summary>"$.lines[0].quantity" → "lines[0].quantity"; "$" (the body as a whole) → "body".</summary>
    internal static string JsonPathToField(string path) =>
        (path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$')) is { Length: > 0 } field ? field : "body";
}
