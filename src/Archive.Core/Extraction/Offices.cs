using System.Text.RegularExpressions;

namespace Archive.Extraction;

/// <summary>
/// The words that give a person's office, rank or title in Vietnamese news ("Phó Chủ tịch", "Thượng
/// tướng", "PGS.TS", "nghệ sĩ"), and the words where a sentence goes on after a role ("chủ trì").
/// </summary>
internal static partial class Offices
{
    // Anchored (\G) so it is tried at one word only: the scan never searches a long paragraph with it.
    // Outlets write offices in lower case too ("bí thư Tỉnh ủy"); the generic words "Trưởng", "Phó",
    // "Chánh", "Thường trực", "Tướng" count only capitalised, as lower-case "trưởng"/"phó" are common
    // in running text ("tăng trưởng", "ứng phó"). "[uủ][yỷ]" also takes "uy" and "ủỷ" as typed.
    private const string Former = @"(?:(?:[Nn]guyên|[Cc]ựu|[Qq]uyền)\s+)?";
    private const string Leaders =
        @"tổng\s+bí\s+thư|bí\s+thư|chủ\s+tịch|thủ\s+tướng|tổng\s+thống|bộ\s+trưởng|thứ\s+trưởng|"
        + @"tổng\s+giám\s+đốc|giám\s+đốc|chánh\s+án|chánh\s+thanh\s+tra|chánh\s+văn\s+phòng|viện\s+trưởng|"
        + @"tư\s+lệnh|chính\s+[uủ][yỷ]|chủ\s+nhiệm|tổng\s+cục\s+trưởng|cục\s+trưởng|vụ\s+trưởng|tổng\s+thư\s+ký|"
        + @"trưởng\s+ban|trưởng\s+đoàn|trưởng\s+phòng|trưởng\s+công\s+an|hiệu\s+trưởng|tổng\s+biên\s+tập|"
        + @"chỉ\s+huy\s+trưởng|chỉ\s+huy\s+phó|tổng\s+tham\s+mưu\s+trưởng|tham\s+mưu\s+trưởng|"
        + @"đại\s+sứ(?!\s+quán)|thị\s+trưởng|thống\s+đốc|ngoại\s+trưởng|giáo\s+sư|chủ\s+tọa";
    private const string Members = @"[uủ][yỷ]\s+viên|(?:tỉnh|thành|huyện|quận)\s+[uủ][yỷ]\s+viên|đại\s+biểu|đbqh";
    private const string Ranks =
        @"(?:đại|thượng|trung|thiếu|chuẩn)\s+tướng|(?:đại|thượng|trung|thiếu)\s+(?:tá|[uú][yý])";
    private const string Degrees =
        @"pgs\.?\s?ts|gs\.?\s?ts|pgs|thạc\s+sĩ|tiến\s+sĩ|bác\s+sĩ|luật\s+sư|kỹ\s+sư";
    // "nhà báo", "nhà nghiên cứu", "nhà sinh vật học".
    private const string Callings =
        @"báo|văn|thơ|giáo|nghiên\s+cứu|khoa\s+học|sử\s+học|cách\s+mạng|hoạt\s+động|ngoại\s+giao|kinh\s+tế|"
        + @"phân\s+tích|sinh\s+vật(?:\s+biển|\s+học)?|tâm\s+linh|sản\s+xuất|lãnh\s+đạo";
    private const string ArtsAndTrades =
        $@"nghệ\s+nhân|nghệ\s+sĩ|nữ\s+ca\s+sĩ|ca\s+sĩ|nhạc\s+sĩ|họa\s+sĩ|nhà\s+(?:{Callings})|"
        + @"giáo\s+viên|thầy\s+giáo|cô\s+giáo|hlv(?:\s+trưởng)?|huấn\s+luyện\s+viên|võ\s+sĩ|cầu\s+thủ|"
        + @"thông\s+tín\s+viên|phóng\s+viên|người\s+phát\s+ngôn|cựu\s+chiến\s+binh|người\s+đứng\s+đầu";
    private const string CapitalisedOnly =
        @"Trưởng|Phó|Tổ\s+(?:trưởng|phó)|Chánh|Thường\s+[Tt]rực|Tướng|GS|TS|ThS|BS|AHLLVT|NSND|NSƯT|"
        + @"Hòa\s+thượng|Thượng\s+tọa|Linh\s+mục";

    [GeneratedRegex(
        $@"\G{Former}(?:(?i:(?:phó\s+)?(?:{Leaders})|{Members}|{Ranks}|{Degrees}|{ArtsAndTrades})"
            + $@"|(?-i:{CapitalisedOnly}))(?![\p{{L}}\p{{N}}])")]
    public static partial Regex Head();

    // The first word of every office Head reads, lower-cased. Head is tried at every word of every
    // paragraph; this set rules out most words without running it (OfficesTests keeps the two in step).
    private static readonly HashSet<string> HeadFirstWords = new(
        ("nguyên cựu quyền phó tổng bí chủ thủ bộ thứ giám chánh viện tư chính cục vụ trưởng hiệu chỉ tham đại " +
         "thị thống ngoại giáo uy ủy uỷ ủỷ tỉnh thành huyện quận đbqh thượng trung thiếu chuẩn pgs gs thạc tiến " +
         "bác luật kỹ nghệ nữ ca nhạc họa nhà thầy cô hlv huấn võ cầu thông phóng người tổ thường tướng ts ths bs " +
         "ahllvt nsnd nsưt hòa linh").Split(' '),
        StringComparer.Ordinal);

    /// <summary>
    /// Whether an office can start at this word ("Phó", "bí", "PGS.TS", "GS-TS"): a cheap test before <see
    /// cref="Head"/>.
    /// </summary>
    public static bool MayStartHead(string word)
    {
        var letters = 0;
        while (letters < word.Length && char.IsLetter(word[letters])) letters++;
        return HeadFirstWords.Contains(word[..letters].ToLowerInvariant());
    }

    // Where the sentence goes on after the last role: "... Phó trưởng Ban Nội chính Trung ương chủ trì Hội nghị".
    private const string GoesOnWords =
        @"chủ\s+trì|đồng\s+chủ\s+trì|phát\s+biểu|ghi\s+nhận|nhấn\s+mạnh|đề\s+nghị|yêu\s+cầu|cho\s+biết|"
        + @"khẳng\s+định|đã|đang|sẽ|vừa|cũng|triển\s+khai|trình\s+bày|báo\s+cáo|tham\s+dự|"
        + @"dự(?!\s+(?:khuyết|thảo|án|báo|toán|trữ))|tại|chỉ\s+đạo|kết\s+luận|trao|tặng|làm\s+việc|lưu\s+ý|nêu|"
        + @"thông\s+tin|đánh\s+giá|biểu\s+dương|chúc\s+mừng|đến|tới|thăm|tiếp|nhận|giới\s+thiệu|quán\s+triệt|"
        + @"điều\s+hành|cùng|khai\s+mạc|bế\s+mạc|phát\s+động|ký|thay\s+mặt|đọc|công\s+bố|trả\s+lời|giải\s+trình|"
        + @"chia\s+sẻ|mong\s+muốn|đồng\s+tình|là|được|bị|có|không|và\s+các|theo|khi|cho|nói|viết|gửi|về|với|từ|"
        + @"trong|sau|trước|đề\s+xuất|bày\s+tỏ|lên|ra|dẫn\s+đầu|thấy|như|trân\s+trọng|cảm\s+ơn|kiến\s+nghị|thôi|"
        + @"giữ|bầu|vi\s+phạm|tham\s+gia|làm|kể|đối\s+với|nhiệm\s+kỳ|thuộc|mà|thì|nhằm|để|thay|bổ\s+sung|"
        + @"đảm\s+nhiệm";

    [GeneratedRegex($@"\G(?:{GoesOnWords})(?![\p{{L}}\p{{N}}])")]
    public static partial Regex SentenceGoesOn();

    // The first word of every phrase SentenceGoesOn reads; it is case-sensitive, so is this.
    private static readonly HashSet<string> GoesOnFirstWords = new(
        ("chủ đồng phát ghi nhấn đề yêu cho khẳng đã đang sẽ vừa cũng triển trình báo tham dự tại chỉ kết trao " +
         "tặng làm lưu nêu thông đánh biểu chúc đến tới thăm tiếp nhận giới quán điều cùng khai bế ký thay đọc " +
         "công trả giải chia mong là được bị có không và theo khi nói viết gửi về với từ trong sau trước bày lên " +
         "ra dẫn thấy như trân cảm kiến thôi giữ bầu vi kể đối nhiệm thuộc mà thì nhằm để bổ đảm").Split(' '),
        StringComparer.Ordinal);

    /// <summary>
    /// Whether the sentence can go on at this word: a cheap test before <see cref="SentenceGoesOn"/>.
    /// </summary>
    public static bool MayGoOn(string word) => GoesOnFirstWords.Contains(word);
}
