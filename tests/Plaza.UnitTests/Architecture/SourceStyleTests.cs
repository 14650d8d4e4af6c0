namespace Plaza.UnitTests.Architecture;

/// <summary>
/// Every line of C# and Razor under src/, tests/ and bench/ is at most 160 characters (max_line_length in .editorconfig):
/// code reads without scrolling sideways and two versions fit side by side in a review.
/// </summary>
public sealed class SourceStyleTests
{
    private const int MaxLineLength = 160;

    [Fact]
    public void No_line_of_code_or_markup_is_longer_than_160_characters()
    {
        var root = RazorPathBorderTests.RepositoryRoot();
        var files = new[] { "src", "tests", "bench" }
            .SelectMany(dir => Directory.EnumerateFiles(Path.Combine(root, dir), "*.*", SearchOption.AllDirectories))
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Where(f => !IsBuildOutput(f))
            .ToList();
        // Guards against a path that quietly finds nothing.
        files.Count.ShouldBeGreaterThan(500);

        var tooLong = files
            .SelectMany(f => File.ReadLines(Path.Combine(root, f)).Select((line, i) => (File: f, Number: i + 1, line.Length)))
            .Where(l => l.Length > MaxLineLength)
            .Select(l => $"{l.File}:{l.Number} has {l.Length} characters")
            .ToList();
        tooLong.ShouldBeEmpty();
    }

    private static bool IsBuildOutput(string relative) =>
        relative.Split('/') is var parts && (parts.Contains("bin") || parts.Contains("obj"));
}
