using System.Globalization;
using System.Text;

namespace Archive.Text;

/// <summary>
/// The one place that says how Vietnamese text is compared: Unicode form, tone-mark placement,
/// look-alike letters and diacritic folding. Display text is only ever NFC-normalised;
/// the other forms are for matching and search.
/// </summary>
public static class VietnameseText
{
    /// <summary>
    /// NFC, the form the model holds. Never changes what a reader sees, except that a code point
    /// normalisation refuses (<see cref="IndexOfUnnormalizable"/>) becomes U+FFFD.
    /// </summary>
    public static string Normalize(string text) =>
        IsPrecomposedLatin(text) ? text : Normalized(text, NormalizationForm.FormC);

    /// <summary>
    /// The one way into <see cref="string.Normalize(NormalizationForm)"/>: it throws on a noncharacter or
    /// half a surrogate pair, so those become U+FFFD first and no text anywhere can make it throw.
    /// Callers that must refuse or report such text find it first with <see cref="IndexOfUnnormalizable"/>.
    /// </summary>
    internal static string Normalized(string text, NormalizationForm form)
    {
        var valid = ReplaceUnnormalizable(text).Text;
        return valid.IsNormalized(form) ? valid : valid.Normalize(form);
    }

    /// <summary>
    /// Where the first code point stands that is not text and that Unicode normalisation refuses, or -1:
    /// a noncharacter (U+FDD0-U+FDEF, and the last two of every plane, U+FFFE, U+FFFF, U+1FFFE...)
    /// or a surrogate without its other half. A query with one is refused; a source file has them replaced.
    /// </summary>
    public static int IndexOfUnnormalizable(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c < '\uD800') continue;
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                if (IsNoncharacter(char.ConvertToUtf32(c, text[i + 1]))) return i;
                i++;
            }
            else if (char.IsSurrogate(c) || IsNoncharacter(c)) return i;
        }
        return -1;
    }

    private static bool IsNoncharacter(int codePoint) =>
        codePoint is >= 0xFDD0 and <= 0xFDEF || (codePoint & 0xFFFE) == 0xFFFE;

    /// <summary>
    /// The text with every code point <see cref="IndexOfUnnormalizable"/> finds replaced by U+FFFD, and the
    /// index in the given text of each one replaced (the text itself, and none, in the common case).
    /// </summary>
    public static (string Text, IReadOnlyList<int> Replaced) ReplaceUnnormalizable(string text)
    {
        var at = IndexOfUnnormalizable(text);
        if (at < 0) return (text, []);
        var replaced = new List<int>();
        var result = new StringBuilder(text.Length);
        var start = 0;
        while (at >= 0)
        {
            result.Append(text, start, at - start).Append('\uFFFD');
            replaced.Add(at);
            var pair = char.IsHighSurrogate(text[at]) && at + 1 < text.Length && char.IsLowSurrogate(text[at + 1]);
            start = at + (pair ? 2 : 1);
            var next = IndexOfUnnormalizable(text.AsSpan(start));
            at = next < 0 ? -1 : start + next;
        }
        return (result.Append(text, start, text.Length - start).ToString(), replaced);
    }

    /// <summary>
    /// The code point at an index <see cref="IndexOfUnnormalizable"/> gave, as people write it: "U+FFFE".
    /// </summary>
    public static string CodePointAt(string text, int index) =>
        $"U+{(char.IsSurrogatePair(text, index) ? char.ConvertToUtf32(text, index) : text[index]):X4}";

    // ASCII, Latin-1, Latin Extended-A/B and the precomposed Vietnamese letters (U+1E00-U+1EFF) are
    // already NFC and hold no combining mark: the common case needs no call into ICU.
    private static bool IsPrecomposedLatin(string text)
    {
        foreach (var c in text)
            if (c >= '\u0300' && c is < '\u1E00' or > '\u1EFF') return false;
        return true;
    }

    /// <summary>
    /// The form two spellings of one word share: NFC, canonical tone placement, and the Icelandic
    /// eth (Ð/ð, a common look-alike typed for Đ/đ) read as Đ/đ. Case is kept.
    /// </summary>
    public static string Canonicalize(string text) =>
        ToneMarks.Canonicalize(Normalize(text).Replace('\u00D0', 'Đ').Replace('\u00F0', 'đ'));

    /// <summary>Lower case without any diacritic: "Đảng" → "dang", also from NFD input.</summary>
    public static string Fold(string text)
    {
        // Fast path, one table lookup per character: every precomposed Latin letter folds to one letter.
        // Anything else (a combining mark left by NFD text, other scripts) takes the full path.
        return FoldsLetterForLetter(text) ? FoldAligned(text) : FoldSlowly(text);
    }

    /// <summary>
    /// <see cref="Fold"/> in place, when every character folds to one letter (all precomposed Latin text);
    /// false, with the text unchanged, otherwise. The analyzer folds each term so, without a string for it.
    /// </summary>
    public static bool TryFoldInPlace(Span<char> text)
    {
        if (!FoldsLetterForLetter(text)) return false;
        var map = FoldMap;
        for (var i = 0; i < text.Length; i++) text[i] = map[text[i]];
        return true;
    }

    // Every character has a one-letter folding in the table.
    private static bool FoldsLetterForLetter(ReadOnlySpan<char> text)
    {
        var map = FoldMap;
        foreach (var c in text)
            if (c >= map.Length || map[c] == '\0') return false;
        return true;
    }

    /// <summary>
    /// <see cref="Fold"/> one character for one, so an offset in the result is an offset in the text
    /// (for marking matches). A character with no one-letter folding is only lower-cased.
    /// </summary>
    public static string FoldAligned(string text) =>
        string.Create(text.Length, text, static (span, source) =>
        {
            var map = FoldMap;
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                span[i] = c < map.Length && map[c] != '\0' ? map[c] : char.ToLowerInvariant(c);
            }
        });

    private static readonly char[] FoldMap = BuildFoldMap();

    private static char[] BuildFoldMap()
    {
        var map = new char[0x1F00];
        for (var c = 0; c < map.Length; c++)
        {
            if (c is >= 0xD800 and <= 0xDFFF) continue;
            var folded = FoldSlowly(((char)c).ToString());
            map[c] = folded.Length == 1 ? folded[0] : '\0';
        }
        return map;
    }

    private static string FoldSlowly(string text)
    {
        var decomposed = Normalized(text, NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
                continue;
            folded.Append(c switch
            {
                'đ' or 'Đ' or 'ð' or 'Ð' => 'd',
                _ => char.ToLowerInvariant(c),
            });
        }
        return folded.ToString();
    }

    /// <summary>True when the text has any letter outside ASCII (so folding could change it).</summary>
    public static bool HasDiacritics(string text)
    {
        foreach (var c in text)
            if (c > 127) return true;
        return false;
    }
}
