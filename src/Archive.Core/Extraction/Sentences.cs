using System.Text.RegularExpressions;

namespace Archive.Extraction;

/// <summary>Splits a paragraph into sentences without breaking "TP. Hồ Chí Minh", "T.Ư" or initials.</summary>
internal static partial class Sentences
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "TP", "Tp", "TS", "ThS", "PGS", "GS", "BS", "KS", "Th", "St", "Q", "P", "TT", "Mr", "Mrs", "Dr",
    };

    [GeneratedRegex(@"[.!?…]+[”""’)\]]*(?=\s+[\p{Lu}\d“""(\[])")]
    private static partial Regex Boundary();

    public static IReadOnlyList<string> Split(string paragraph)
    {
        var sentences = new List<string>();
        var start = 0;
        foreach (Match boundary in Boundary().Matches(paragraph))
        {
            var end = boundary.Index + boundary.Length;
            if (IsAbbreviationBefore(paragraph, boundary.Index)) continue;
            AddTrimmed(sentences, paragraph[start..end]);
            start = end;
        }
        AddTrimmed(sentences, paragraph[start..]);
        return sentences;
    }

    private static bool IsAbbreviationBefore(string text, int periodIndex)
    {
        if (text[periodIndex] != '.') return false;
        var wordStart = periodIndex;
        while (wordStart > 0 && char.IsLetter(text[wordStart - 1])) wordStart--;
        var word = text[wordStart..periodIndex];
        return (word.Length == 1 && char.IsUpper(word[0])) || Abbreviations.Contains(word);
    }

    private static void AddTrimmed(List<string> sentences, string sentence)
    {
        sentence = sentence.Trim();
        if (sentence.Length > 0) sentences.Add(sentence);
    }
}
