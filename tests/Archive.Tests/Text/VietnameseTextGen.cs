using System.Text;
using CsCheck;

namespace Archive.Tests.Text;

/// <summary>Generators for text the archive actually holds: Vietnamese words, in either Unicode form.</summary>
internal static class VietnameseTextGen
{
    private static readonly string[] Words =
    [
        "Đảng", "Ủy", "uỷ", "ủy", "hoà", "hòa", "khoá", "khóa", "thuý", "thúy", "khoẻ", "khỏe", "quý", "quả",
        "hoàng", "quyết", "thuyền", "Nghị", "quyết", "Chỉ", "thị", "Kết", "luận", "Thường", "vụ", "Tỉnh",
        "Trung", "ương", "nội", "chính", "Hội", "nghị", "Phước", "Thăng", "Ð", "ð", "đồng", "chí", "Bộ",
        "trưởng", "Hà", "Nội", "Quảng", "Bình", "tội", "phạm", "32-KL/TW", "31/3/2021", "năm", "Ngô", "Hằng",
    ];

    private const string Letters = "aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐEÊOÔƠƯYÐð ";
    private const string Tones = "\u0300\u0301\u0303\u0309\u0323";

    /// <summary>Syllables built letter by letter, tone marks anywhere: includes old-style and odd spellings.</summary>
    private static readonly Gen<string> Syllable =
        Gen.Select(Gen.Char[Letters].Array[1, 5], Gen.Char[Tones].Array[0, 2], Gen.Int[0, 4],
            (letters, tones, at) =>
            {
                var text = new StringBuilder(new string(letters));
                foreach (var tone in tones) text.Insert(Math.Min(at, text.Length), tone);
                return text.ToString().Normalize(NormalizationForm.FormC);
            });

    /// <summary>A phrase of real words and made-up syllables, in NFC or NFD at random.</summary>
    public static readonly Gen<string> Phrase =
        Gen.Select(Gen.OneOf(Gen.OneOf(Words), Syllable).Array[1, 8], Gen.Bool,
            (words, decomposed) =>
            {
                var text = string.Join(' ', words);
                return decomposed ? text.Normalize(NormalizationForm.FormD) : text.Normalize(NormalizationForm.FormC);
            });

    /// <summary>
    /// Any string .NET can normalise (Gen.String also makes lone surrogates, which no decoder yields).
    /// </summary>
    public static readonly Gen<string> AnyWellFormed = Gen.String.Where(IsWellFormed);

    private static bool IsWellFormed(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) i++;
            else if (char.IsSurrogate(text[i])) return false;
        }
        return true;
    }
}
