using System.Text.RegularExpressions;

namespace Archive.Text;

/// <summary>
/// Plain Vietnamese phrases as a regular expression that reads them in either tone convention
/// (<see cref="ToneMarks.Spellings"/>), so a pattern lists "Tỉnh ủy" once rather than "Tỉnh ủy|Tỉnh uỷ".
/// </summary>
public static class RegexWords
{
    /// <summary>
    /// "Thành ủy", "Tỉnh ủy" → <c>(?:Thành\s+(?:ủy|uỷ)|Tỉnh\s+(?:ủy|uỷ))</c>: the phrases in their order,
    /// any whitespace between syllables, regular expression characters taken literally.
    /// </summary>
    public static string Any(params IEnumerable<string> phrases) =>
        $"(?:{string.Join('|', phrases.Select(Phrase))})";

    private static string Phrase(string phrase) =>
        string.Join(@"\s+", phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Syllable));

    private static string Syllable(string syllable)
    {
        var spellings = ToneMarks.Spellings(syllable).Select(Regex.Escape).ToList();
        return spellings.Count == 1 ? spellings[0] : $"(?:{string.Join('|', spellings)})";
    }
}
