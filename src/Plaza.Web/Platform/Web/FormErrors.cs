using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Plaza.Web.Platform.Web;

/// <summary>How a form shows a use case's field errors: beside the field, announced to screen readers.</summary>
internal static class FormErrors
{
    /// <summary>"true" for aria-invalid when the field has an error; null leaves the attribute out.</summary>
    public static string? Invalid(ModelStateDictionary modelState, string key) =>
        modelState[key] is { Errors.Count: > 0 } ? "true" : null;

    /// <summary>The id of the field's error message (see Pages/Shared/_FieldError) for aria-describedby, or null.</summary>
    public static string? ErrorId(ModelStateDictionary modelState, string key) =>
        modelState[key] is { Errors.Count: > 0 } ? key.Replace('.', '_').Replace('[', '_').Replace(']', '_') + "-error" : null;

    /// <summary>
    /// Copies a use case's field errors ("skus[0].priceMinor") onto the page's input names
    /// ("Input.Skus[0].Price"); <paramref name="rename"/> maps API field names to form field names.
    /// </summary>
    public static void CopyErrors(IReadOnlyDictionary<string, string[]>? errors, ModelStateDictionary modelState, string prefix = "Input",
        IReadOnlyDictionary<string, string>? rename = null)
    {
        foreach (var (field, messages) in errors ?? new Dictionary<string, string[]>())
        {
            var parts = field.Split('.').Select(part =>
            {
                var bracket = part.IndexOf('[');
                var name = bracket < 0 ? part : part[..bracket];
                if (rename is not null && rename.TryGetValue(name, out var renamed)) name = renamed;
                name = name.Length > 0 ? char.ToUpperInvariant(name[0]) + name[1..] : name;
                return bracket < 0 ? name : name + part[bracket..];
            });
            var key = prefix + "." + string.Join('.', parts);
            if (modelState[key] is { Errors.Count: > 0 }) continue; // the page already said what is wrong there
            foreach (var message in messages) modelState.AddModelError(key, message);
        }
    }
}
