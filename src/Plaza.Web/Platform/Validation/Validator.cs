using Microsoft.AspNetCore.Http.HttpResults;

namespace Plaza.Web.Platform.Validation;

/// <summary>Collects field errors for one request; handlers return <see cref="Problem"/> when any exist.</summary>
internal sealed class Validator
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool IsValid => _errors.Count == 0;

    public Validator Check(bool ok, string field, string message)
    {
        if (!ok) Add(field, message);
        return this;
    }

    public Validator Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var list)) _errors[field] = list = [];
        list.Add(message);
        return this;
    }

    public Validator Text(string? value, string field, int max, bool required = true, int min = 1)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required) Add(field, $"'{field}' is required.");
            return this;
        }
        if (value.Trim().Length < min) Add(field, $"'{field}' must be at least {min} characters.");
        if (value.Length > max) Add(field, $"'{field}' must be at most {max} characters.");
        // C0 controls only: U+0080–U+009F are what Windows-1252 punctuation (smart quotes, dashes) becomes when a
        // UTF-8 text is decoded as Latin-1; refusing them refuses ordinary writing (ADR 0020).
        if (value.Any(c => c < ' ' && c is not '\n' and not '\r' and not '\t' || c == '\u007F'))
            Add(field, $"'{field}' contains control characters.");
        return this;
    }

    public IReadOnlyDictionary<string, string[]> Errors => _errors.ToDictionary(e => e.Key, e => e.Value.ToArray());

    public ValidationProblem Problem() => TypedResults.ValidationProblem(Errors);
}
