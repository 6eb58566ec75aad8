using System.Text.RegularExpressions;
using Archive.Model;
using Archive.Text;

namespace Archive.Import;

/// <summary>
/// The body that held the meeting or issued the document: the subject of the lead sentence
/// ("Chiều 31/3/2021, Ban Nội chính Trung ương tổ chức..."), else the head of a "Body: headline" title.
/// </summary>
internal static partial class OrganisationExtraction
{
    // What a Vietnamese public body's name starts with.
    [GeneratedRegex(@"^(?:Ban|Bộ|Thành\s+ủy|Thành\s+uỷ|Tỉnh\s+ủy|Tỉnh\s+uỷ|Huyện\s+ủy|Huyện\s+uỷ|Quận\s+ủy|Quận\s+uỷ|Thị\s+ủy|Thị\s+uỷ|Đảng\s+ủy|Đảng\s+uỷ|Đảng\s+bộ|Đảng\s+đoàn|Ủy\s+ban|Uỷ\s+ban|UBND|HĐND|MTTQ|Hội\s+đồng|Quốc\s+hội|Chính\s+phủ|Văn\s+phòng|Viện|Tòa\s+án|Toà\s+án|Công\s+an|Sở|Mặt\s+trận|Đoàn|Cục|Tổng\s+cục|Thường\s+trực|Thanh\s+tra|Kiểm\s+toán|Liên\s+đoàn|Hội|Học\s+viện|Trung\s+ương|Bộ\s+Tư\s+lệnh|Bộ\s+Chỉ\s+huy|Ủy\s+ban\s+Kiểm\s+tra|Tập\s+đoàn|Tổng\s+công\s+ty)(?=\s|$)")]
    private static partial Regex BodyStart();

    // Where the subject ends and the predicate starts.
    [GeneratedRegex(@"\s(?:đã|đang|sẽ|vừa|tổ\s+chức|triệu\s+tập|ban\s+hành|họp|tiến\s+hành|có|ra|chủ\s+trì|phối\s+hợp|làm\s+việc|công\s+bố|khai\s+mạc|thông\s+báo|ký|gặp|tiếp|giao\s+ban|sơ\s+kết|tổng\s+kết|kiểm\s+tra|mở|quán\s+triệt|triển\s+khai|phát\s+động|trao|tặng|thăm|dự|cho|nghe|thảo\s+luận|cho\s+ý\s+kiến|thống\s+nhất|quyết\s+định|yêu\s+cầu|đề\s+nghị|chỉ\s+đạo|thẩm\s+định|giám\s+sát|ra\s+mắt|long\s+trọng|long\s+trọng\s+tổ\s+chức)(?=\s|[,.;:]|$)")]
    private static partial Regex PredicateStart();

    // A lead starts with a source tag and a time: "(LĐTĐ) Ngày 29/6, ", "Chiều ngày 16/7, ".
    [GeneratedRegex(@"^(?:\([^)]{1,30}\)\s*[-–]?\s*)?(?:[^,]{0,40}?\d{1,2}\s*[/.\-]\s*\d{1,2}(?:\s*[/.\-]\s*\d{4})?\)?|[^,]{0,20}ngày\s+\d{1,2}\s+tháng\s+\d{1,2}(?:\s*,?\s*năm\s+\d{4})?)\s*,\s*", RegexOptions.IgnoreCase)]
    private static partial Regex LeadTime();

    public static string? Find(string? title, string? lead) => FindWithEvidence(title, lead).Organisation;

    public static (string? Organisation, Evidence? Evidence) FindWithEvidence(string? title, string? lead)
    {
        if (lead is not null && SubjectOfLead(lead) is { } subject)
            return (subject.Name, Evidence.In(EvidencePart.Paragraph, 0, lead, subject.Start, subject.Length, "organisation", subject.Name, "organisation: subject of the lead sentence"));
        if (title is not null && title.IndexOf(':') is > 0 and var colon)
        {
            var head = title[..colon].Trim();
            if (BodyStart().IsMatch(head) && head.Split(' ').Length <= 10)
            {
                var name = VietnameseText.Canonicalize(head);
                return (name, Evidence.In(EvidencePart.Title, 0, title, title.IndexOf(head, StringComparison.Ordinal), head.Length, "organisation", name, "organisation: head of a “Body: headline” title"));
            }
        }
        return (null, null);
    }

    private static (string Name, int Start, int Length)? SubjectOfLead(string lead)
    {
        var sentence = Sentences.Split(lead).FirstOrDefault() ?? lead;
        // The subject follows the opening time when there is one: "Chiều 31/3/2021, Ban ... tổ chức".
        var restStart = LeadTime().Match(sentence).Length;
        var rest = sentence[restStart..];
        var predicate = PredicateStart().Match(rest);
        if (!predicate.Success) return null;
        var subject = rest[..predicate.Index].Trim().TrimEnd(',');
        var words = subject.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is 0 or > 12 || !BodyStart().IsMatch(subject) || subject.Contains(',')) return null;
        var start = lead.IndexOf(sentence, StringComparison.Ordinal) + restStart + rest.IndexOf(subject, StringComparison.Ordinal);
        return (VietnameseText.Canonicalize(subject), start, subject.Length);
    }
}
