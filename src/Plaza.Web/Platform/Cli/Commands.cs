using Microsoft.EntityFrameworkCore;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Platform.Cli;

/// <summary>
/// Command-line verbs run in place of the web server:
///   schema-script              print the CREATE script EF would use for the model (to write migrations)
///   migrate                    apply pending migrations and exit
///   import online-retail FILE  load the UCI Online Retail CSV (see Modules/Import)
///   moderation evaluate        measure the spam classifier on a held-out split (see Modules/Moderation)
/// A command gets every argument after its name, options included (import online-retail FILE --store ID).
/// </summary>
internal interface ICliCommand
{
    string Name { get; }
    Task<int> RunAsync(IServiceProvider services, string[] args, CancellationToken ct);
}

internal static class Commands
{
    public static async Task<bool> TryRunAsync(WebApplication app, string[] args)
    {
        // A verb comes first (dotnet run -- import ...); anything else is host configuration (--urls ...).
        if (args.Length == 0 || args[0].StartsWith('-') || args[0].Contains('=')) return false;
        var verbs = args.TakeWhile(a => !a.StartsWith("--", StringComparison.Ordinal)).ToArray();
        await using var scope = app.Services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        switch (verbs[0])
        {
            case "schema-script":
                Console.WriteLine(sp.GetRequiredService<PlazaDb>().Database.GenerateCreateScript());
                Environment.ExitCode = 0;
                return true;
            case "migrate":
                await app.PrepareDatabaseAsync();
                return true;
        }
        var command = sp.GetServices<ICliCommand>().FirstOrDefault(c => c.Name == verbs[0]);
        if (command is null)
        {
            Console.Error.WriteLine($"Unknown command '{verbs[0]}'. Commands: schema-script, migrate, "
                + string.Join(", ", sp.GetServices<ICliCommand>().Select(c => c.Name)));
            Environment.ExitCode = 2;
            return true;
        }
        await app.PrepareDatabaseAsync();
        Environment.ExitCode = await command.RunAsync(sp, args[1..], CancellationToken.None);
        return true;
    }
}
