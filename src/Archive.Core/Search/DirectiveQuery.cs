using System.Text;
using System.Text.RegularExpressions;
using Archive.Import;
using Archive.Text;

namespace Archive.Search;

/// <summary>
/// A directive named in a search, in any of the ways people type one: "32-KL/TW", "32/KL-TW",
/// "32 KL TW", "KL 32", "Kết luận 32", "ket luan so 32", "105-QD/TW".
/// </summary>
public sealed partial record DirectiveQuery(string? Code, IReadOnlyList<string> Keys, int Start, int Length)
{
    // Type names folded, and the abbreviation each uses in codes.
    private static readonly (string Folded, string Type, string Abbreviation)[] Types =
    [
        ("nghi quyet", "Nghị quyết", "NQ"), ("chi thi", "Chỉ thị", "CT"), ("ket luan", "Kết luận", "KL"),
        ("ke hoach", "Kế hoạch", "KH"), ("quyet dinh", "Quyết định", "QĐ"), ("quy dinh", "Quy định", "QĐ"),
        ("chuong trinh", "Chương trình", "CTr"), ("thong bao", "Thông báo", "TB"), ("huong dan", "Hướng dẫn", "HD"),
        ("quy che", "Quy chế", "QC"), ("de an", "Đề án", "ĐA"), ("bao cao", "Báo cáo", "BC"), ("cong van", "Công văn", "CV"),
        ("thong tri", "Thông tri", "TT"), ("thong tu", "Thông tư", "TT"), ("to trinh", "Tờ trình", "TTr"), ("nghi dinh", "Nghị định", "NĐ"),
    ];

    private const string Abbreviations = "nq|ct|ctr|kl|kh|qd|tb|hd|qc|da|bc|cv|tt|ttr|nd";
    private const string Issuers = "tw|tu|hu|qu|du|duk|bcsd|bct|bbt";

    [GeneratedRegex($@"(?<![a-z0-9])(?<num>\d{{1,4}})\s*[-–—/ ]\s*(?<abbr>{Abbreviations})\s*[-–—/ ]\s*(?<iss>{Issuers})(?![a-z0-9])")]
    private static partial Regex PartyCode();

    [GeneratedRegex(@"(?<![a-z0-9/])(?<code>\d{1,5}(?:/(?:19|20)\d\d)?/[a-z]{1,4}\s?[-–]\s?[a-z][a-z0-9]{0,11})(?![a-z0-9])")]
    private static partial Regex StateCode();

    [GeneratedRegex($@"(?<![a-z0-9])(?<type>nghi quyet|chi thi|ket luan|ke hoach|quyet dinh|quy dinh|chuong trinh|thong bao|huong dan|quy che|de an|bao cao|cong van|thong tri|thong tu|to trinh|nghi dinh|{Abbreviations})\s+(?:so\s*:?\s*)?(?<num>\d{{1,4}})(?![a-z0-9/\-])")]
    private static partial Regex TypeAndNumber();

    /// <summary>Every directive reference in a query, with where it stands (in the NFC query text).</summary>
    public static IReadOnlyList<DirectiveQuery> FindAll(string query)
    {
        var folded = FoldAligned(query);
        var found = new List<DirectiveQuery>();
        foreach (Match match in PartyCode().Matches(folded))
        {
            var code = DirectiveExtraction.CanonicalCode($"{match.Groups["num"].Value}-{match.Groups["abbr"].Value.ToUpperInvariant()}/{match.Groups["iss"].Value.ToUpperInvariant()}");
            if (code is null) continue;
            var type = Types.Where(t => Fold(t.Abbreviation) == match.Groups["abbr"].Value).Select(t => Key(t.Type, match.Groups["num"].Value));
            found.Add(new DirectiveQuery(code, type.ToList(), match.Index, match.Length));
        }
        foreach (Match match in StateCode().Matches(folded))
        {
            if (Overlaps(found, match)) continue;
            var code = DirectiveExtraction.CanonicalCode(query.Substring(match.Index, match.Length).ToUpperInvariant());
            if (code is not null) found.Add(new DirectiveQuery(code, [], match.Index, match.Length));
        }
        foreach (Match match in TypeAndNumber().Matches(folded))
        {
            if (Overlaps(found, match)) continue;
            var written = match.Groups["type"].Value;
            var keys = Types.Where(t => t.Folded == written || Fold(t.Abbreviation) == written)
                .Select(t => Key(t.Type, match.Groups["num"].Value)).Distinct().ToList();
            found.Add(new DirectiveQuery(null, keys, match.Index, match.Length));
        }
        return found.OrderBy(d => d.Start).ToList();
    }

    private static bool Overlaps(List<DirectiveQuery> found, Match match) =>
        found.Any(f => match.Index < f.Start + f.Length && f.Start < match.Index + match.Length);

    private static string Key(string type, string number) => Index.IndexSchema.DirectiveKey(type, number);

    private static string Fold(string text) => VietnameseText.Fold(text);

    /// <summary>Folds character by character so positions in the folded text are positions in the query.</summary>
    internal static string FoldAligned(string nfc)
    {
        var folded = new StringBuilder(nfc.Length);
        foreach (var c in nfc)
        {
            // Half of a surrogate pair (an emoji) cannot be normalised alone, and no directive code holds one.
            var one = char.IsSurrogate(c) ? " " : VietnameseText.Fold(c.ToString());
            folded.Append(one.Length == 1 ? one[0] : ' ');
        }
        return folded.ToString();
    }
}
