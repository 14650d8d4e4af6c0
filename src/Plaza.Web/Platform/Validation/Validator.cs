using Microsoft.AspNetCore.Http.HttpResults;

namespace Plaza.Web.Platform.Validation;

/// <summary>Collects field errors for one request; handlers return <see cref="Problem"/> when any exist.</summary>
internal sealed class Validator
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _codes = new(StringComparer.Ordinal);

    public bool IsValid => _errors.Count == 0;

    public Validator Check(bool ok, string field, string message)
    {
        if (!ok) Add(field, message);
        return this;
    }

    /// <param name="code">A stable code for the field's first error (e.g. "password_breached"), for clients that must tell errors apart.</param>
    public Validator Add(string field, string message, string? code = null)
    {
        if (!_errors.TryGetValue(field, out var list)) _errors[field] = list = [];
        list.Add(message);
        if (code is not null) _codes.TryAdd(field, code);
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

    /// <summary>The stable codes by field, for the fields that have one; null when none has.</summary>
    public IReadOnlyDictionary<string, string>? Codes => _codes.Count > 0 ? new Dictionary<string, string>(_codes) : null;

    public ValidationProblem Problem() => OutcomeResults.Problem(Errors, Codes);
}
