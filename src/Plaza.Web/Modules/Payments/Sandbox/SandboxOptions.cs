namespace Plaza.Web.Modules.Payments.Sandbox;

internal sealed class SandboxOptions
{
    /// <summary>Shared by the sandbox (to sign) and Plaza (to verify); see <see cref="SandboxSecret"/> for where it comes from.</summary>
    public string WebhookSecret { get; set; } = "";

    /// <summary>Where the sandbox delivers events; defaults to this server's own webhook address.</summary>
    public string? WebhookUrl { get; set; }

    public int PollSeconds { get; set; } = 2;

    /// <summary>Deliver events in the background as they happen. Tests turn this off and deliver explicitly.</summary>
    public bool AutoDeliver { get; set; } = true;
}
