namespace Plaza.IntegrationTests.Infrastructure.Media;

/// <summary>
/// A fact that needs the live media tools: skipped, saying what to install, when they are missing and nobody
/// required them (see <see cref="MediaTools.Required"/>); when required, it runs and fails on what is missing.
/// </summary>
public sealed class MediaFactAttribute : FactAttribute
{
    public MediaFactAttribute()
    {
        if (!MediaTools.Required && MediaTools.Missing() is { } why) Skip = why;
    }
}
