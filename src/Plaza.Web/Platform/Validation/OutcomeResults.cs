using Microsoft.AspNetCore.Http.HttpResults;

namespace Plaza.Web.Platform.Validation;

/// <summary>
/// How an endpoint answers a use case's outcome: the view (200 or 201), a 400 naming the fields, or —
/// when the use case found nothing this caller may see (a null outcome) — a 404.
/// </summary>
internal static class OutcomeResults
{
    public static Results<Ok<TView>, ValidationProblem> OkOr<T, TView>(this Outcome<T> outcome, Func<T, TView> view) =>
        outcome.Ok ? TypedResults.Ok(view(outcome.Value!)) : Problem(outcome);

    public static Results<Ok<TView>, ValidationProblem, NotFound> OkOr<T, TView>(this Outcome<T>? outcome, Func<T, TView> view) =>
        outcome is not { } o ? TypedResults.NotFound()
        : o.Ok ? TypedResults.Ok(view(o.Value!)) : Problem(o);

    public static Results<Created<TView>, ValidationProblem> CreatedOr<T, TView>(this Outcome<T> outcome, Func<T, string> location, Func<T, TView> view) =>
        outcome.Ok ? TypedResults.Created(location(outcome.Value!), view(outcome.Value!)) : Problem(outcome);

    public static Results<Created<TView>, ValidationProblem, NotFound> CreatedOr<T, TView>(this Outcome<T>? outcome, Func<T, string> location,
        Func<T, TView> view) =>
        outcome is not { } o ? TypedResults.NotFound()
        : o.Ok ? TypedResults.Created(location(o.Value!), view(o.Value!)) : Problem(o);

    /// <summary>A 400 naming the fields, with their stable codes (when the use case gave some) as "codes": { "password": "password_breached" }.</summary>
    public static ValidationProblem Problem(IReadOnlyDictionary<string, string[]> errors, IReadOnlyDictionary<string, string>? codes) =>
        TypedResults.ValidationProblem(errors, extensions: codes is null ? null : new Dictionary<string, object?> { ["codes"] = codes });

    private static ValidationProblem Problem<T>(Outcome<T> outcome) => Problem(outcome.Errors!, outcome.Codes);
}
