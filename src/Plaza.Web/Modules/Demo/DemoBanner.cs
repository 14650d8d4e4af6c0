using System.Text;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Plaza.Web.Modules.Demo;

/// <summary>
/// Tells whoever ran "dotnet run" where Plaza listens and how to sign in. ApplicationStarted fires
/// once, and only when the web server really starts, so CLI commands never print this.
/// </summary>
internal sealed class DemoBanner(IHostApplicationLifetime lifetime, IServer server, DemoStatus status, IConfiguration config) : IHostedService
{
    public Task StartAsync(CancellationToken ct)
    {
        lifetime.ApplicationStarted.Register(Print);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;

    private void Print()
    {
        if (!status.Present || !config.GetValue("Database:Seed", false)) return;
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses;
        // In-memory test hosts listen nowhere; there is nobody to tell.
        if (addresses is not { Count: > 0 }) return;
        Console.WriteLine(Format(addresses, status.Accounts));
    }

    public static string Format(IEnumerable<string> addresses, IReadOnlyList<DemoAccount> accounts)
    {
        var text = new StringBuilder();
        text.Append("Plaza is running at ").Append(string.Join(", ", addresses));
        if (accounts.Count == 0) return text.AppendLine().ToString();
        text.AppendLine(" — demo sign-ins:");
        var roleWidth = Math.Max("Role".Length, accounts.Max(a => a.Label.Length));
        var loginWidth = Math.Max("Login".Length, accounts.Max(a => a.Login.Length));
        void Row(string role, string login, string password) =>
            text.Append("  ").Append(role.PadRight(roleWidth)).Append("  ").Append(login.PadRight(loginWidth)).Append("  ").AppendLine(password);
        Row("Role", "Login", "Password");
        Row(new string('-', roleWidth), new string('-', loginWidth), new string('-', DemoAccounts.Password.Length));
        foreach (var account in accounts) Row(account.Label, account.Login, DemoAccounts.Password);
        return text.ToString();
    }
}
