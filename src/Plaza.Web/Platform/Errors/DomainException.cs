namespace Plaza.Web.Platform.Errors;

/// <summary>A broken business rule. Becomes a 409 ProblemDetails whose <c>code</c> clients can rely on.</summary>
internal sealed class DomainException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}
