using Archive.Text;

namespace Archive.Model;

/// <summary>
/// The kinds of document the archive's texts cite and the abbreviation each uses in its codes: the one
/// table that extraction, queries, facets and pages read.
/// </summary>
public static class DirectiveTypes
{
    /// <param name="Name">As the archive writes it: "Kết luận".</param>
    /// <param name="Abbreviation">In codes ("32-KL/TW"); null for a kind only written out ("Luật").</param>
    /// <param name="CitedByNumber">
    /// "Kết luận 32" names a directive without its code; "Văn bản 5" or "Giấy phép 3" is too general to.
    /// </param>
    public sealed record Kind(string Name, string? Abbreviation, bool CitedByNumber);

    /// <summary>What a State code's number is filed under when the text does not name the kind.</summary>
    public const string AnyDocument = "Văn bản";

    /// <summary>
    /// Every kind, the usual reading of an abbreviation first: "QĐ" in a code is a "Quyết định" unless the
    /// text says "Quy định".
    /// </summary>
    public static readonly IReadOnlyList<Kind> All =
    [
        new("Nghị quyết", "NQ", true), new("Chỉ thị", "CT", true), new("Kết luận", "KL", true),
        new("Kế hoạch", "KH", true), new("Quyết định", "QĐ", true), new("Quy định", "QĐ", true),
        new("Chương trình", "CTr", true), new("Thông báo", "TB", true), new("Hướng dẫn", "HD", true),
        new("Quy chế", "QC", true), new("Đề án", "ĐA", true), new("Báo cáo", "BC", true),
        new("Công văn", "CV", true), new("Thông tri", "TT", true), new("Thông tư", "TT", true),
        new("Tờ trình", "TTr", true), new("Nghị định", "NĐ", true),
        // Personnel decisions and letters of the Party's organisation commissions ("1616-QĐNS/TW").
        new("Quyết định", "QĐNS", false), new("Công văn", "CVNS", false),
        new("Giấy phép", "GP", false), new("Công điện", "CĐ", false),
        new(AnyDocument, null, false), new("Luật", null, false),
    ];

    /// <summary>The kinds a text can cite by number alone ("Kết luận 32").</summary>
    public static IEnumerable<Kind> CitedByNumber => All.Where(k => k.CitedByNumber);

    /// <summary>Every distinct name, for a regular expression's alternation ("Nghị quyết|Chỉ thị|...").</summary>
    public static IEnumerable<string> Names(IEnumerable<Kind> kinds) => kinds.Select(k => k.Name).Distinct();

    /// <summary>Every distinct abbreviation of these kinds.</summary>
    public static IEnumerable<string> Abbreviations(IEnumerable<Kind> kinds) =>
        kinds.Select(k => k.Abbreviation).OfType<string>().Distinct();

    /// <summary>
    /// The name of the kind an abbreviation usually stands for ("QD", "QĐ" → "Quyết định"); null if none uses it.
    /// </summary>
    public static Kind? ByAbbreviation(string written)
    {
        var folded = VietnameseText.Fold(written);
        return All.FirstOrDefault(k => k.Abbreviation is { } a && VietnameseText.Fold(a) == folded);
    }

    /// <summary>
    /// A kind's name in the archive's spelling, whatever the case or tone placement written; null if none.
    /// </summary>
    public static string? CanonicalName(string written)
    {
        var canonical = VietnameseText.Canonicalize(written);
        return All.Select(k => k.Name).FirstOrDefault(n => n.Equals(canonical, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>"Kết luận", "05" → "ket luan|5": how a directive is looked up by type and number.</summary>
    public static string Key(string type, string number) =>
        $"{VietnameseText.Fold(type)}|{(number.TrimStart('0') is { Length: > 0 } trimmed ? trimmed : "0")}";
}
