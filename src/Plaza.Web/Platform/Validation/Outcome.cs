using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Plaza.Web.Platform.Validation;

/// <summary>
/// What a use case returns to both its endpoint and its page: a value, or field errors.
/// Broken business rules are not outcomes: they throw DomainException.
/// </summary>
/// <param name="Codes">Stable codes by field, where the use case gave one (sent as "codes" beside "errors").</param>
internal readonly record struct Outcome<T>(T? Value, IReadOnlyDictionary<string, string[]>? Errors, IReadOnlyDictionary<string, string>? Codes = null)
{
    public bool Ok => Errors is null;

    public static implicit operator Outcome<T>(T value) => new(value, null);
    public static implicit operator Outcome<T>(Validator invalid) => new(default, invalid.Errors, invalid.Codes);

    /// <summary>Copies field errors into a page's ModelState (fields are matched to "Input.Field" names).</summary>
    public void CopyTo(ModelStateDictionary modelState, string prefix = "Input")
    {
        foreach (var (field, messages) in Errors ?? new Dictionary<string, string[]>())
            foreach (var message in messages)
                modelState.AddModelError($"{prefix}.{char.ToUpperInvariant(field[0])}{field[1..]}", message);
    }
}
