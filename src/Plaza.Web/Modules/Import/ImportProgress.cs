namespace Plaza.Web.Modules.Import;

internal enum ImportStage { Reading, Products, Customers, Orders, Cancellations }

/// <summary>Where an import is; the command shows it as progress bars, tests ignore it.</summary>
internal interface IImportProgress
{
    void Report(ImportStage stage, long done, long total);
}

internal sealed class NoImportProgress : IImportProgress
{
    public static readonly NoImportProgress Instance = new();

    public void Report(ImportStage stage, long done, long total) { }
}
