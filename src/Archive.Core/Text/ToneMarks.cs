using System.Text;

namespace Archive.Text;

/// <summary>
/// Vietnamese has two conventions for where the tone mark sits in the open syllables
/// "oa", "oe" and "uy": the old one on the second vowel ("hoà", "khoẻ", "thuý", "uỷ") and the new
/// one on the first ("hòa", "khỏe", "thúy", "ủy"). Both spell the same word; the new one is canonical
/// here. Syllables with a final consonant ("hoàng", "quyết") and "qu" ("quý", "quả") are the same in
/// both conventions and are left alone.
/// </summary>
public static class ToneMarks
{
    private const char Grave = '\u0300', Acute = '\u0301', Tilde = '\u0303', Hook = '\u0309';
    private const char DotBelow = '\u0323';

    public static string Canonicalize(string text)
    {
        if (!MayNeedMove(text)) return text;

        return EachSyllable(text, CanonicalSyllable);
    }

    /// <summary>
    /// A word in both conventions, the canonical one first: "ủy" and "uỷ" give ["ủy", "uỷ"], "Uỷ" gives
    /// ["Ủy", "Uỷ"]; a word the conventions agree on ("hoàng", "quý") has one spelling.
    /// </summary>
    public static IReadOnlyList<string> Spellings(string word)
    {
        var canonical = Canonicalize(word);
        var oldStyle = EachSyllable(canonical, OldStyleSyllable);
        return oldStyle == canonical ? [canonical] : [canonical, oldStyle];
    }

    private delegate string SyllableRewrite(ReadOnlySpan<char> syllable);

    private static string EachSyllable(string text, SyllableRewrite rewrite)
    {
        var nfd = VietnameseText.Normalized(text, NormalizationForm.FormD);
        var result = new StringBuilder(nfd.Length);
        var start = 0;
        for (var i = 0; i <= nfd.Length; i++)
        {
            if (i < nfd.Length && (char.IsLetter(nfd[i]) || IsMark(nfd[i]))) continue;
            if (i > start) result.Append(rewrite(nfd.AsSpan(start, i - start)));
            if (i < nfd.Length) result.Append(nfd[i]);
            start = i + 1;
        }
        return VietnameseText.Normalized(result.ToString(), NormalizationForm.FormC);
    }

    private const string TonedAEY = "àáảãạèéẻẽẹỳýỷỹỵÀÁẢÃẠÈÉẺẼẸỲÝỶỸỴ";

    // Cheap pre-check: an old-style syllable ends in a toned a, e or y right after a plain o or u
    // ("hoà", "thuý"); decomposed (NFD) text always takes the full path.
    private static bool MayNeedMove(string text)
    {
        for (var i = 1; i < text.Length; i++)
        {
            var c = text[i];
            if (c is >= '\u0300' and <= '\u036F') return true;
            if (TonedAEY.Contains(c)
                && text[i - 1] is 'o' or 'O' or 'u' or 'U'
                && (i + 1 == text.Length || !char.IsLetter(text[i + 1])))
                return true;
        }
        return false;
    }

    private static string CanonicalSyllable(ReadOnlySpan<char> syllable)
    {
        if (!TrySplit(syllable, out var letters, out var toneIndex, out var tone)) return syllable.ToString();
        if (toneIndex < 1 || letters.Count > 7) return syllable.ToString();

        var target = NewStyleTonePosition(letters);
        if (target < 0 || target == toneIndex) return syllable.ToString();

        return Rebuilt(letters, target, tone);
    }

    // The reverse of CanonicalSyllable, for a canonical syllable: the tone moves to the pair's second vowel.
    private static string OldStyleSyllable(ReadOnlySpan<char> syllable)
    {
        if (!TrySplit(syllable, out var letters, out var toneIndex, out var tone)) return syllable.ToString();
        if (toneIndex < 0 || letters.Count > 7) return syllable.ToString();

        var newStyle = NewStyleTonePosition(letters);
        if (newStyle < 0 || newStyle != toneIndex) return syllable.ToString();

        return Rebuilt(letters, newStyle + 1, tone);
    }

    // Splits into base letters, each with the marks that follow it, and the one tone mark apart.
    private static bool TrySplit(
        ReadOnlySpan<char> syllable,
        out List<(char Base, string Marks)> letters,
        out int toneIndex,
        out char tone)
    {
        letters = [];
        toneIndex = -1;
        tone = '\0';
        foreach (var c in syllable)
        {
            if (IsMark(c))
            {
                if (letters.Count == 0) return false;
                if (IsTone(c))
                {
                    if (toneIndex >= 0) return false; // two tones: not a Vietnamese syllable
                    toneIndex = letters.Count - 1;
                    tone = c;
                }
                else
                {
                    var last = letters[^1];
                    letters[^1] = (last.Base, last.Marks + c);
                }
            }
            else
            {
                letters.Add((c, ""));
            }
        }
        return true;
    }

    private static string Rebuilt(List<(char Base, string Marks)> letters, int toneIndex, char tone)
    {
        var rebuilt = new StringBuilder(letters.Count + 1);
        for (var i = 0; i < letters.Count; i++)
        {
            rebuilt.Append(letters[i].Base).Append(letters[i].Marks);
            if (i == toneIndex) rebuilt.Append(tone);
        }
        return rebuilt.ToString();
    }

    // Returns where the new convention puts the tone when it differs from the old one, else -1.
    private static int NewStyleTonePosition(List<(char Base, string Marks)> letters)
    {
        var lower = letters.Select(l => char.ToLowerInvariant(l.Base)).ToArray();
        var first = Array.FindIndex(lower, IsVowel);
        if (first < 0) return -1;
        // "qu": the u belongs to the onset, so "quý" and "quả" have a single vowel.
        if (first > 0 && lower[first - 1] == 'q' && lower[first] == 'u') return -1;
        var end = first;
        while (end < lower.Length && IsVowel(lower[end])) end++;
        if (end != lower.Length || end - first != 2) return -1; // final consonant, or not a pair
        if (letters[first].Marks.Length > 0 || letters[first + 1].Marks.Length > 0) return -1;

        var pair = new string(lower, first, 2);
        return pair is "oa" or "oe" or "uy" ? first : -1;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';
    private static bool IsTone(char c) => c is Grave or Acute or Tilde or Hook or DotBelow;
    private static bool IsMark(char c) => c >= '\u0300' && c <= '\u036F';
}
