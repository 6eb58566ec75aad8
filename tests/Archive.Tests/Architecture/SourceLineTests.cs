using System.Text.RegularExpressions;

namespace Archive.Tests.Architecture;

/// <summary>The habits the build cannot check: lines a reader can take in without scrolling.</summary>
public sealed partial class SourceLineTests
{
    private const int MaxLength = 120;

    // A localized text is looked up by its whole Vietnamese sentence: split, it would no longer be its key.
    [GeneratedRegex(@"T\[""(?:[^""\\]|\\.)*""")]
    private static partial Regex LocalizedKey();

    public static TheoryData<string> Folders => new("src", "tests", "bench");

    [Theory]
    [MemberData(nameof(Folders))]
    public void NoSourceLineIsLongerThan120Characters(string folder)
    {
        var sources = Directory
            .EnumerateFiles(Path.Combine(Repository.Root, folder), "*.*", SearchOption.AllDirectories)
            .Where(path => path.EndsWith(".cs", StringComparison.Ordinal)
                           || path.EndsWith(".cshtml", StringComparison.Ordinal))
            .Where(path => !path.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"));

        var tooLong = sources.SelectMany(LongLines).ToList();

        Assert.True(tooLong.Count == 0,
            $"{tooLong.Count} lines over {MaxLength} characters:\n" + string.Join("\n", tooLong));
    }

    /// <summary>
    /// Lines over the limit, but for the text of a raw string literal (test data, whose line breaks are its
    /// value) and a localized text's key.
    /// </summary>
    private static IEnumerable<string> LongLines(string path)
    {
        var inRawString = false;
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            var wasInRawString = inRawString;
            if (CountOf(line, "\"\"\"") % 2 == 1) inRawString = !inRawString;
            if (line.Length <= MaxLength || (wasInRawString && inRawString)) continue;
            if (LocalizedKey().Replace(line, "T[\"\"").Length <= MaxLength) continue;
            yield return $"{Path.GetRelativePath(Repository.Root, path)}:{number} ({line.Length})";
        }
    }

    private static int CountOf(string line, string text)
    {
        var count = 0;
        var at = line.IndexOf(text, StringComparison.Ordinal);
        while (at >= 0)
        {
            count++;
            at = line.IndexOf(text, at + text.Length, StringComparison.Ordinal);
        }
        return count;
    }
}
