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
    /// <summary>NFC, the form the model holds. Never changes what a reader sees.</summary>
    public static string Normalize(string text) =>
        text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);

    /// <summary>
    /// The form two spellings of one word share: NFC, canonical tone placement, and the Icelandic
    /// eth (Ð/ð, a common look-alike typed for Đ/đ) read as Đ/đ. Case is kept.
    /// </summary>
    public static string Canonicalize(string text) =>
        ToneMarks.Canonicalize(Normalize(text).Replace('\u00D0', 'Đ').Replace('\u00F0', 'đ'));

    /// <summary>Lower case without any diacritic: "Đảng" → "dang", also from NFD input.</summary>
    public static string Fold(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
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
