using Plaza.Web.Platform.Cli;

namespace Plaza.Web.Modules.Import;

/// <summary>Bulk imports run from the command line: <c>dotnet run -- import online-retail FILE.csv.gz [--store ID]</c>.</summary>
internal static class ImportModule
{
    public static WebApplicationBuilder AddImport(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<RetailImporter>();
        builder.Services.AddScoped<ICliCommand, ImportOnlineRetailCommand>();
        return builder;
    }
}
