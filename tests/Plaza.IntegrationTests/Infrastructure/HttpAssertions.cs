using System.Net;
using System.Text.Json;

namespace Plaza.IntegrationTests.Infrastructure;

/// <summary>Status, ProblemDetails code and field assertions whose failure messages show what the server answered.</summary>
internal static class HttpAssertions
{
    public static async Task<JsonElement> ShouldHaveStatus(this HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(expected,
            $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri?.PathAndQuery} answered {(int)response.StatusCode}: {Truncate(body)}");
        return Parse(body);
    }

    /// <summary>A ProblemDetails with the given status and stable <c>code</c>.</summary>
    public static async Task<JsonElement> ShouldBeProblem(this HttpResponseMessage response, HttpStatusCode status, string code)
    {
        var json = await response.ShouldHaveStatus(status);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
        json.ValueKind.ShouldBe(JsonValueKind.Object);
        json.TryGetProperty("code", out var actual).ShouldBeTrue($"no 'code' in {json}");
        actual.GetString().ShouldBe(code, $"problem was {json}");
        return json;
    }

    /// <summary>A 400 ValidationProblem that names the field.</summary>
    public static async Task<JsonElement> ShouldBeValidationProblem(this HttpResponseMessage response, string field)
    {
        var json = await response.ShouldHaveStatus(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
        json.ValueKind.ShouldBe(JsonValueKind.Object);
        json.TryGetProperty("errors", out var errors).ShouldBeTrue($"no 'errors' in {json}");
        errors.TryGetProperty(field, out var messages).ShouldBeTrue($"'{field}' is not named in {errors}");
        messages.GetArrayLength().ShouldBeGreaterThan(0);
        return json;
    }

    private static JsonElement Parse(string body)
    {
        if (body.Length == 0) return default;
        try { return JsonDocument.Parse(body).RootElement.Clone(); }
        catch (JsonException) { return default; }
    }

    private static string Truncate(string s) => s.Length <= 2000 ? s : s[..2000] + "…";
}
