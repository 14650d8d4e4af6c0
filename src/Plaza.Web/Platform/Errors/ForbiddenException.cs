namespace Plaza.Web.Platform.Errors;

/// <summary>
/// The caller may see the thing but not do this to it. Becomes a 403 ProblemDetails carrying <c>code</c>.
/// (Where even the thing's existence is private, answer 404 instead.)
/// </summary>
internal sealed class ForbiddenException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}
