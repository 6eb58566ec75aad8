using System.Globalization;
using System.Text;
using Archive.Extraction;

namespace Archive.Bench;

/// <summary>
/// Writes realistic Vietnamese news documents in the seeds' shapes: a title, a dateline, a lead with
/// the meeting date and organisation, people with roles, cited directives with codes and dates
/// (2005-2025), body sentences drawn from the seeds (and from ../shared/corpus when present), a
/// byline and a source. Deterministic: the same count and seed write the same bytes.
/// </summary>
public sealed class CorpusGenerator
{
    private static readonly string[] Organisations =
    [
        "Ban Nội chính Trung ương", "Ban Thường vụ Tỉnh ủy", "Thành ủy Hà Nội",
        "Tỉnh ủy Thái Bình", "Ban Nội chính Tỉnh ủy", "Thành ủy Đà Nẵng",
        "Tỉnh ủy Quảng Bình", "Ban Chỉ đạo phòng, chống tham nhũng tỉnh", "Huyện ủy Tiên Lãng",
        "Đảng ủy Công an tỉnh", "Ban Thường vụ Thành ủy", "Tỉnh ủy Nghệ An",
        "Ủy ban Kiểm tra Tỉnh ủy", "Thành ủy Hải Phòng", "Tỉnh ủy Thanh Hóa",
    ];

    private static readonly string[] Surnames =
    [
        "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Phan", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô",
        "Dương", "Lý",
    ];
    private static readonly string[] Middles =
    [
        "Văn", "Thị", "Hồng", "Đình", "Minh", "Quang", "Thanh", "Đức", "Hữu", "Ngọc", "Xuân", "Trọng",
    ];
    private static readonly string[] Givens =
    [
        "Diên", "Thăng", "Hằng", "Túc", "Trạc", "Phúc", "Kiên", "Nam", "Hùng", "Lan", "Tuấn", "Hải",
        "Sơn", "Hoa", "Bình", "Long",
    ];
    private static readonly string[] Roles =
    [
        "Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy", "Phó Bí thư Thường trực Tỉnh ủy",
        "Chủ tịch UBND tỉnh", "Trưởng Ban Nội chính Tỉnh ủy",
        "Phó trưởng Ban Nội chính Trung ương", "Chủ tịch HĐND tỉnh",
        "Ủy viên Ban Thường vụ Tỉnh ủy", "Giám đốc Công an tỉnh",
    ];
    private static readonly (string Type, string Abbreviation)[] Kinds =
    [
        ("Kết luận", "KL"), ("Chỉ thị", "CT"), ("Nghị quyết", "NQ"), ("Kế hoạch", "KH"),
        ("Quy định", "QĐ"), ("Chương trình", "CTr"),
    ];
    private static readonly string[] Issuers =
    [
        "Bộ Chính trị", "Ban Bí thư", "Ban Chấp hành Trung ương", "Ban Thường vụ Tỉnh ủy",
    ];
    private static readonly string[] Topics =
    [
        "giao ban công tác nội chính", "sơ kết công tác phòng, chống tham nhũng",
        "triển khai nhiệm vụ cải cách tư pháp", "quán triệt văn bản mới của Trung ương",
        "tổng kết công tác bảo đảm an ninh trật tự", "bàn giải pháp phòng, chống tội phạm",
        "đánh giá công tác tiếp công dân, giải quyết khiếu nại, tố cáo",
        "triển khai công tác phòng, chống ma túy",
    ];
    private static readonly string[] Times = ["Sáng", "Chiều", "Ngày", "Chiều ngày", "Sáng ngày"];
    private static readonly string[] Weekdays =
    [
        "Chủ Nhật", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy",
    ];
    private static readonly string[] Sources =
    [
        "baothaibinh.com.vn", "Quang Binh Portal", "noichinh.vn", "hanoimoi.vn", "baonghean.vn",
    ];

    private readonly string[] sentences;
    private readonly string[] captions =
    [
        "Quang cảnh Hội nghị", "Các đại biểu dự hội nghị.", "Ảnh minh họa.",
    ];

    public CorpusGenerator(string seedsFolder, string? corpusFolder)
    {
        var texts = Directory.EnumerateFiles(seedsFolder, "*.txt")
            .Concat(corpusFolder is not null && Directory.Exists(corpusFolder)
                ? Directory.EnumerateFiles(corpusFolder, "*.txt")
                : [])
            .Order(StringComparer.Ordinal)
            .Select(path => DocumentParser.Parse(Path.GetFileName(path), File.ReadAllBytes(path)).Document)
            .OfType<Archive.Model.ArchiveDocument>();
        // Body sentences without their own dates or codes: the generator adds those itself.
        sentences = texts
            .SelectMany(d => d.Paragraphs)
            .SelectMany(p => p.Split(". ", StringSplitOptions.RemoveEmptyEntries))
            .Select(s => s.Trim().TrimEnd('.'))
            .Where(s => s.Length is > 40 and < 600 && !s.Any(char.IsDigit) && !s.Contains("Đồng chí"))
            .Distinct().ToArray();
    }

    public void Write(string folder, int count, int seed)
    {
        Directory.CreateDirectory(folder);
        for (var i = 0; i < count; i++)
        {
            // One generator per document: the same document whatever the count, and parallel-safe.
            var random = new Random(HashCode.Combine(seed, i));
            File.WriteAllText(Path.Combine(folder, $"{i:D7}_{seed}.txt"), Document(random), new UTF8Encoding(false));
        }
    }

    private string Document(Random random)
    {
        var date = new DateOnly(2005, 1, 1).AddDays(random.Next(0, 7670));
        var organisation = Pick(random, Organisations);
        var topic = Pick(random, Topics);
        var text = new StringBuilder();

        if (random.NextDouble() < 0.9) text.Append(organisation).Append(": ").Append(Capitalise(topic)).Append("\n\n");
        var published = date.AddDays(random.Next(0, 3));
        text.Append(random.Next(3) switch
        {
            0 => $"{Weekdays[(int)published.DayOfWeek]}, {published:dd/MM/yyyy}, " +
                 $"{random.Next(7, 19):00}:{random.Next(60):00} [GMT+7]",
            1 => $"{published:dd/MM/yyyy} {random.Next(7, 19):00}:{random.Next(60):00}",
            _ => published.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
        }).Append("\n\n");

        var directives = Enumerable.Range(0, random.Next(0, 4)).Select(_ => Directive(random, date)).ToList();
        text.Append($"{Pick(random, Times)} {date.Day}/{date.Month}, {organisation} tổ chức hội nghị {topic}");
        if (directives.Count > 0) text.Append($" thực hiện {directives[0]}");
        text.Append(".\n\n");

        var person = $"{Pick(random, Surnames)} {Pick(random, Middles)} {Pick(random, Givens)}";
        text.Append(
            $"Đồng chí {person}, {Pick(random, Roles)}, {Pick(random, Roles)} chủ trì hội nghị.\n\n");

        var paragraphs = random.Next(4, 9);
        for (var p = 0; p < paragraphs; p++)
        {
            var body = Enumerable.Range(0, random.Next(2, 5)).Select(_ => Pick(random, sentences)).ToList();
            if (p < directives.Count - 1)
                body.Insert(random.Next(body.Count), $"Tiếp tục thực hiện nghiêm {directives[p + 1]}");
            text.Append(string.Join(". ", body)).Append(".\n\n");
            if (random.NextDouble() < 0.15) text.Append(Pick(random, captions)).Append("\n\n");
        }

        text.Append($"{Pick(random, Middles)} {Pick(random, Givens)}\n");
        if (random.NextDouble() < 0.5) text.Append($"\nTheo {Pick(random, Sources)}\n");
        return text.ToString();
    }

    private static string Directive(Random random, DateOnly before)
    {
        var (type, abbreviation) = Pick(random, Kinds);
        var issued = before.AddDays(-random.Next(30, 2000));
        if (issued.Year < 2005) issued = new DateOnly(2005, issued.Month, Math.Min(issued.Day, 28));
        var issuer = abbreviation is "KH" or "CTr" ? "TU" : "TW";
        return $"{type} số {random.Next(1, 120):D2}-{abbreviation}/{issuer} " +
               $"ngày {issued.Day}/{issued.Month}/{issued.Year} của {Pick(random, Issuers)}";
    }

    private static T Pick<T>(Random random, T[] items) => items[random.Next(items.Length)];

    private static string Capitalise(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}
