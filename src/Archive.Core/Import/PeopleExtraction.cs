using System.Text.RegularExpressions;
using Archive.Model;
using Archive.Text;

namespace Archive.Import;

/// <summary>
/// People named the way Vietnamese news introduces them: "Đồng chí Phạm Gia Túc, Ủy viên Trung ương
/// Đảng, Phó trưởng Ban Nội chính Trung ương chủ trì..." or "ông Phan Đình Trạc, Trưởng Ban ...".
/// </summary>
internal static partial class PeopleExtraction
{
    // Vietnamese family names: a person's name starts with one, which tells "Đồng chí Phạm Gia Túc"
    // from "đồng chí Bí thư Tỉnh ủy" or "đồng chí Tổng Bí thư".
    private static readonly HashSet<string> Surnames = new(
        ("Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đào Đoàn Vương Trịnh Trương " +
         "Đinh Lâm Phùng Mai Tô Hà Tạ Lưu Kiều Quách Thái Cao Lương Chu Triệu Tăng Mạc Lại Khổng Hứa Thân Nông Lò " +
         "Lục Hoàng Từ Văn Tôn Thạch Giang Khúc Ông Đàm Nghiêm La Lã Diệp Châu Trương Tống Đồng Mẫn Ninh Kim " +
         "Bạch Âu Ân Doãn Hàn Hầu Kha Khương Lạc Lạ Lò Mông Tiêu Trang Viên Vi Ứng Quan Đường Cù Đậu Phí Quản " +
         "Thiều Tiết Trình Đới Bế Hoàng Cầm Sầm Hà Y Ksor Rơ Siu Nay Rmah Điểu").Split(' '),
        StringComparer.Ordinal);

    // What a role starts with: office, membership, rank.
    [GeneratedRegex(@"^(?:Phó\s+|Nguyên\s+|Quyền\s+)?(?:Ủy\s+viên|Uỷ\s+viên|Bí\s+thư|Chủ\s+tịch|Trưởng|Tổng\s+Bí\s+thư|Thủ\s+tướng|Bộ\s+trưởng|Thứ\s+trưởng|Giám\s+đốc|Tổng\s+Giám\s+đốc|Chánh|Viện\s+trưởng|Tư\s+lệnh|Chính\s+ủy|Chính\s+uỷ|Chủ\s+nhiệm|Tổng\s+cục\s+trưởng|Cục\s+trưởng|Vụ\s+trưởng|Tổng\s+Thư\s+ký|Thư\s+ký|Đại\s+biểu|Thường\s+trực|Thượng\s+tướng|Trung\s+tướng|Thiếu\s+tướng|Đại\s+tướng|Đại\s+tá|Thượng\s+tá|Trung\s+tá|Thiếu\s+tá|Chánh\s+án|Phó)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RoleStart();

    // Where the predicate begins after the last role: "... Phó trưởng Ban Nội chính Trung ương chủ trì Hội nghị".
    [GeneratedRegex(@"\s(?:chủ\s+trì|đồng\s+chủ\s+trì|phát\s+biểu|ghi\s+nhận|nhấn\s+mạnh|đề\s+nghị|yêu\s+cầu|cho\s+biết|khẳng\s+định|đã|đang|sẽ|vừa|cũng|triển\s+khai|trình\s+bày|báo\s+cáo|tham\s+dự|dự|chỉ\s+đạo|kết\s+luận|trao|tặng|làm\s+việc|lưu\s+ý|nêu|thông\s+tin|đánh\s+giá|biểu\s+dương|chúc\s+mừng|đến|tới|thăm|tiếp|tại|nhận|giới\s+thiệu|quán\s+triệt|điều\s+hành|cùng|và\s+các|cùng\s+các|khai\s+mạc|bế\s+mạc|phát\s+động|ký|thay\s+mặt|đọc|công\s+bố|trả\s+lời|giải\s+trình|chia\s+sẻ|mong\s+muốn|đồng\s+tình|là)(?=\s|[,.;:]|$)")]
    private static partial Regex PredicateStart();

    [GeneratedRegex(@"(?<![\p{L}])(?:[Đđ]ồng\s+chí|[Ôô]ng|[Bb]à|[Đđ]/[Cc]|[Aa]nh|[Cc]hị)\s+(?<name>\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){1,4})(?<after>[^.;:!?]*)")]
    private static partial Regex Introduced();

    public static IReadOnlyList<Person> Find(IReadOnlyList<string> paragraphs, IReadOnlyList<string> captions) =>
        FindWithEvidence(paragraphs, captions).People;

    /// <summary>The people, and for each the mention that introduced them.</summary>
    public static (IReadOnlyList<Person> People, IReadOnlyList<Evidence> Evidence) FindWithEvidence(IReadOnlyList<string> paragraphs, IReadOnlyList<string> captions)
    {
        var people = new List<Found>();
        AddFrom(paragraphs, EvidencePart.Paragraph, people);
        // Captions name people too, but repeat body text with typos: use them only for people the body lacks.
        var fromCaptions = new List<Found>();
        AddFrom(captions, EvidencePart.Caption, fromCaptions);
        people.AddRange(fromCaptions.Where(c => people.All(p => p.Name != c.Name)));
        return (people.Select(p => new Person(p.Name, p.Roles)).ToList(), people.Select(p => p.Evidence).ToList());
    }

    private sealed record Found(string Name, List<string> Roles, Evidence Evidence);

    private static void AddFrom(IReadOnlyList<string> texts, string part, List<Found> people)
    {
        for (var i = 0; i < texts.Count; i++)
        {
            foreach (Match match in Introduced().Matches(texts[i]))
            {
                var nameWords = match.Groups["name"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (!Surnames.Contains(nameWords[0])) continue;
                var name = VietnameseText.Canonicalize(string.Join(' ', nameWords));
                var roles = Roles(match.Groups["after"].Value);

                var person = people.Find(p => p.Name == name);
                if (person is null)
                {
                    var group = match.Groups["name"];
                    person = new Found(name, [], Evidence.In(part, i, texts[i], match.Index, group.Index + group.Length - match.Index, "people", name, "people: “đồng chí/ông/bà” + name"));
                    people.Add(person);
                }
                foreach (var role in roles.Where(r => !person.Roles.Contains(r)))
                    person.Roles.Add(role);
            }
        }
    }

    /// <summary>The comma-separated roles right after a name, up to where the sentence goes on.</summary>
    private static List<string> Roles(string after)
    {
        var roles = new List<string>();
        if (!after.StartsWith(',')) return roles;
        foreach (var segment in after[1..].Split(','))
        {
            var role = segment.Trim();
            if (!RoleStart().IsMatch(role)) break;
            var predicate = PredicateStart().Match(role);
            if (predicate.Success) role = role[..predicate.Index].Trim();
            if (role.Length > 0 && role.Split(' ').Length <= 12) roles.Add(VietnameseText.Canonicalize(role));
            if (predicate.Success) break;
        }
        return roles;
    }
}
