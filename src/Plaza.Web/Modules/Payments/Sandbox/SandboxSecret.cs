using System.Security.Cryptography;

namespace Plaza.Web.Modules.Payments.Sandbox;

/// <summary>
/// The secret the sandbox signs its webhooks with and Plaza verifies them with (ADR 0005). It is the installation's own, never
/// a value in the source: <c>Payments:Sandbox:WebhookSecret</c>, without which the app refuses to start outside Development.
/// In Development a random one is made at the first start and kept in the data folder (<c>Payments:Sandbox:WebhookSecretFile</c>,
/// by default <c>data/sandbox-webhook-secret</c> under the content root, like the SQLite file and the key ring), so events the
/// sandbox signed before a restart still verify after it.
/// </summary>
internal static class SandboxSecret
{
    public const string Setting = "Payments:Sandbox:WebhookSecret";
    public const string FileSetting = "Payments:Sandbox:WebhookSecretFile";
    public const string DefaultFile = "data/sandbox-webhook-secret";

    /// <summary>Shorter than this, a kept secret is not one this class made (an empty or cut file): a new one is made.</summary>
    private const int MinLength = 32;

    public static string Resolve(IConfiguration config, IHostEnvironment environment)
    {
        if (config[Setting] is { } configured && !string.IsNullOrWhiteSpace(configured)) return configured;
        if (!environment.IsDevelopment())
            throw new InvalidOperationException(
                $"{Setting} is not set. Outside Development Plaza does not start without its own webhook secret "
                + $"(environment variable {Setting.Replace(":", "__", StringComparison.Ordinal)}).");
        var file = config[FileSetting] is { Length: > 0 } path ? path : DefaultFile;
        return Kept(Path.IsPathRooted(file) ? file : Path.Combine(environment.ContentRootPath, file));
    }

    private static string Kept(string file)
    {
        if (Read(file) is { } kept) return kept;
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.Delete(file); // an empty or cut file holds no secret
        var secret = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
        // Readable by this user only; CreateNew, so that of two processes starting together the first one's secret stands.
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        try
        {
            using var writer = new StreamWriter(file, options);
            writer.Write(secret);
        }
        catch (IOException) when (Read(file) is not null)
        {
            // Another process of this installation made it at the same moment: theirs stands.
            return Read(file)!;
        }
        return secret;
    }

    private static string? Read(string file) =>
        File.Exists(file) && File.ReadAllText(file).Trim() is { Length: >= MinLength } secret ? secret : null;
}
