using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Plaza.Web.Modules.Privacy.Contracts;
using Plaza.Web.Platform.Auth;

namespace Plaza.Web.Modules.Privacy;

/// <summary>Everything Plaza keeps about me, as one machine-readable JSON document.</summary>
internal static class ExportMyData
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerOptions.Web) { WriteIndented = true };

    public static async Task<byte[]> Build(Guid accountId, IEnumerable<IPersonalDataContributor> contributors, TimeProvider clock, CancellationToken ct)
    {
        var sections = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var contributor in contributors)
            sections[contributor.Section] = await contributor.Export(accountId, ct);
        var document = new { Format = "plaza-personal-data/1", AccountId = accountId, ExportedAtUtc = clock.GetUtcNow().UtcDateTime, Sections = sections };
        return JsonSerializer.SerializeToUtf8Bytes(document, Json);
    }

    public static string FileName(TimeProvider clock) => $"plaza-my-data-{clock.GetUtcNow():yyyy-MM-dd}.json";

    public static async Task<FileContentHttpResult> Handle(ClaimsPrincipal user, IEnumerable<IPersonalDataContributor> contributors, TimeProvider clock,
        CancellationToken ct) =>
        TypedResults.File(await Build(user.RequiredAccountId(), contributors, clock, ct), "application/json", FileName(clock));
}
