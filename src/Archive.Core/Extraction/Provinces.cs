using System.Text.RegularExpressions;
using Archive.Text;

namespace Archive.Extraction;

/// <summary>Vietnam's provinces and centrally-run cities, to read a document's location.</summary>
internal static partial class Provinces
{
    // The 63 provinces and cities before the 2025 merger (the sources predate it; the merged ones keep these names).
    private static readonly string[] Names =
    [
        "Hà Nội", "Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "An Giang", "Bà Rịa - Vũng Tàu", "Bắc Giang",
        "Bắc Kạn", "Bạc Liêu", "Bắc Ninh", "Bến Tre", "Bình Định", "Bình Dương", "Bình Phước", "Bình Thuận", "Cà Mau",
        "Cao Bằng", "Đắk Lắk", "Đắk Nông", "Điện Biên", "Đồng Nai", "Đồng Tháp", "Gia Lai", "Hà Giang", "Hà Nam",
        "Hà Tĩnh", "Hải Dương", "Hậu Giang", "Hòa Bình", "Hưng Yên", "Khánh Hòa", "Kiên Giang", "Kon Tum", "Lai Châu",
        "Lâm Đồng", "Lạng Sơn", "Lào Cai", "Long An", "Nam Định", "Nghệ An", "Ninh Bình", "Ninh Thuận", "Phú Thọ",
        "Phú Yên", "Quảng Bình", "Quảng Nam", "Quảng Ngãi", "Quảng Ninh", "Quảng Trị", "Sóc Trăng", "Sơn La",
        "Tây Ninh", "Thái Bình", "Thái Nguyên", "Thanh Hóa", "Thừa Thiên Huế", "Tiền Giang", "Trà Vinh",
        "Tuyên Quang", "Vĩnh Long", "Vĩnh Phúc", "Yên Bái", "Huế",
    ];

    /// <summary>The names as written, to tell "tỉnh Quảng Nam Lê Văn A" apart into place and person.</summary>
    public static IReadOnlyList<string> All => Names;

    private static readonly (string Name, string Folded, string Compact)[] Index =
        Names.Select(n => (n, VietnameseText.Fold(n), Compact(n))).OrderByDescending(n => n.Item2.Length).ToArray();

    /// <summary>The province named in a text as words ("Thành ủy Hà Nội", "tỉnh Thanh Hoá").</summary>
    public static string? NamedIn(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var words = VietnameseText.Fold(text).Split(Separators, StringSplitOptions.RemoveEmptyEntries);
        var folded = " " + string.Join(' ', words) + " ";
        foreach (var (name, foldedName, _) in Index)
        {
            // Folding merges "Hà Nam" with "hà nam" in running text: require the capitals as written.
            if (folded.Contains(" " + foldedName + " ", StringComparison.Ordinal) && IsCapitalised(text, name))
                return name;
        }
        return null;
    }

    /// <summary>What a document of a central body is filed under, beside the provinces.</summary>
    public const string Central = "Trung ương";

    // Bodies of the Party and State whose names say they are central without the word "Trung ương".
    private static readonly string[] CentralBodies =
    [
        "Bộ Chính trị", "Ban Bí thư", "Quốc hội", "Chính phủ", "Thủ tướng", "Văn phòng Chủ tịch nước",
        "Chủ tịch nước", "Kiểm toán Nhà nước", "Thanh tra Chính phủ", "Tòa án nhân dân tối cao",
        "Viện Kiểm sát nhân dân tối cao", "Bộ Công an", "Bộ Quốc phòng", "Bộ Tư pháp", "Bộ Nội vụ",
        "Bộ Ngoại giao", "Bộ Tài chính", "Bộ Kế hoạch và Đầu tư", "Bộ Công Thương", "Bộ Y tế",
        "Bộ Giáo dục và Đào tạo", "Bộ Xây dựng", "Bộ Giao thông vận tải", "Bộ Nông nghiệp",
        "Bộ Tài nguyên và Môi trường", "Bộ Thông tin và Truyền thông", "Bộ Lao động", "Bộ Văn hóa",
        "Bộ Khoa học và Công nghệ", "Ngân hàng Nhà nước", "Mặt trận Tổ quốc Việt Nam",
    ];

    private static readonly string[] FoldedCentralBodies = CentralBodies.Select(VietnameseText.Fold).ToArray();

    /// <summary>
    /// The province a document belongs to, or <see cref="Central"/> for a central body's: the organisation
    /// decides first (a central body meeting in a province is still central), then the location read from
    /// the text. A province's own body ("Ban Nội chính Tỉnh ủy Quảng Ninh") is its province.
    /// </summary>
    public static string? Of(string? organisation, string? location)
    {
        if (organisation is not null && NamedIn(organisation) is null && IsCentral(organisation)) return Central;
        return location;
    }

    /// <summary>
    /// A role in a central body or a central office ("Trưởng Ban Tuyên giáo Trung ương", "Thống đốc Ngân
    /// hàng Nhà nước", "Phó Thủ tướng", "Bộ trưởng Bộ KH&amp;ĐT", "Ủy viên BCH TW Đảng"): it places its holder in
    /// no province.
    /// </summary>
    public static bool IsCentralRole(string role)
    {
        var folded = " " + string.Join(' ', VietnameseText.Fold(role).Split(Separators,
            StringSplitOptions.RemoveEmptyEntries)) + " ";
        return (role.Contains("Trung ương", StringComparison.OrdinalIgnoreCase)
                && !role.Contains("thuộc Trung ương", StringComparison.OrdinalIgnoreCase))
               || CentralShortName().IsMatch(role)
               || FoldedCentralBodies.Concat(FoldedCentralOffices)
                   .Any(body => folded.Contains(" " + body + " ", StringComparison.Ordinal));
    }

    // Titles only central offices have, folded.
    private static readonly string[] FoldedCentralOffices =
    [
        "bo truong", "thu truong", "thu tuong", "tong bi thu", "chu tich nuoc", "qh", "chinh phu", "quoc gia",
        "tong cuc", "cuc truong", "bo chinh tri",
    ];

    // "TƯ", "T.Ư", "TW" for Trung ương, as capitals (case matters: "tư" is also a word).
    [GeneratedRegex(@"(?<!\p{L})(TƯ|T\.Ư|TW)(?!\p{L})")]
    private static partial Regex CentralShortName();

    private static bool IsCentral(string organisation)
    {
        var folded = " " + VietnameseText.Fold(organisation) + " ";
        // "Trung ương" as a name ("Ban Nội chính Trung ương"), not "trực thuộc Trung ương" inside a province's.
        return (organisation.Contains("Trung ương", StringComparison.Ordinal)
                && !organisation.Contains("thuộc Trung ương", StringComparison.Ordinal))
               || FoldedCentralBodies.Any(body => folded.StartsWith(" " + body + " ", StringComparison.Ordinal));
    }

    /// <summary>The province a publication's name carries: "baothaibinh.com.vn", "Quang Binh Portal".</summary>
    public static string? InPublicationName(string? source)
    {
        if (string.IsNullOrWhiteSpace(source)) return null;
        var compact = Compact(source);
        return Index.Where(p => p.Compact.Length >= 5 && compact.Contains(p.Compact, StringComparison.Ordinal))
            .Select(p => p.Name).FirstOrDefault();
    }

    // The name's words stand capitalised in the text, with or without diacritics ("Hà Nội", "Ha Noi").
    private static bool IsCapitalised(string text, string name)
    {
        var words = text.Split(Separators, StringSplitOptions.RemoveEmptyEntries);
        var nameWords = name.Split(Separators, StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i + nameWords.Length <= words.Length; i++)
        {
            var all = true;
            for (var j = 0; j < nameWords.Length && all; j++)
                all = char.IsUpper(words[i + j][0])
                    && VietnameseText.Fold(words[i + j]) == VietnameseText.Fold(nameWords[j]);
            if (all) return true;
        }
        return false;
    }

    private static readonly char[] Separators =
        [' ', ',', '.', ';', ':', '(', ')', '-', '–', '/', '"', '“', '”', '\u00A0'];

    private static string Compact(string text) =>
        new(VietnameseText.Fold(text).Where(char.IsAsciiLetterOrDigit).ToArray());
}
