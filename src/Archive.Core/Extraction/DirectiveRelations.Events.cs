using System.Globalization;
using System.Text.RegularExpressions;
using Archive.Model;
using Archive.Text;

namespace Archive.Extraction;

/// <summary>
/// What the event a document reports does to a directive: "Hội nghị sơ kết 5 năm thực hiện Nghị quyết
/// 35-NQ/TW". Read only where a news item names its own event, the title and the lead's first sentence, and only
/// when nothing but that event stands before the words: a meeting or plan word ("Hội nghị", "tổ chức"),
/// its organiser ("Tỉnh ủy Bắc Giang"), a heading's colon, or nothing at all.
/// </summary>
public static partial class DirectiveRelations
{
    private static readonly RelationKind[] EventKinds =
        [RelationKind.CarriesOut, RelationKind.Reviews, RelationKind.Continues];

    // The event, last before the words: up to eight words may follow its name ("Hội nghị Ban Chấp hành Đảng
    // bộ tỉnh mở rộng quán triệt"), none of them another clause's.
    private static readonly Regex EventNamed = new(
        @"(?<!\p{L})(?:hội\s+nghị|hội\s+thảo|" + RegexWords.Any("tọa đàm")
        + @"|lễ|kế\s+hoạch|chương\s+trình(?:\s+hành\s+động)?|báo\s+cáo|đề\s+án|tổ\s+chức|họp)"
        + @"(?<after>(?:\s+[^\s,;:]+){0,8})\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    // Someone asked to do it, or checking that it was done, is not the event doing it.
    private static readonly Regex AskedOrChecked = new(
        @"(?<!\p{L})(?:yêu\s+cầu|đề\s+nghị|chỉ\s+đạo|giao|đôn\s+đốc|kiểm\s+tra|giám\s+sát|cần|phải)(?!\p{L})",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static readonly Regex Issuing = new(
        @"(?<!\p{L})ban\s+hành\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    // "Được báo cáo trong 5 năm thực hiện": a span of time or a passive is a figure about the directive, not
    // an event doing it; "chưa / không / chậm tổ chức sơ kết" is one that did not happen.
    private static readonly Regex NotAnEvent = new(
        @"(?<!\p{L})(?:được|bị|là|trong|qua|sau|suốt|chưa|không|chậm)(?!\p{L})",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    // An organiser's name: capitalised words, and the lower-case words of a Party or State body's name.
    private static readonly Regex Organiser = new(
        @"^\p{Lu}\p{L}*(?:\s+(?:\p{Lu}\p{L}*|ủy|uỷ|vụ|bộ|ban|tỉnh|thành|phố|huyện|thị|xã|quận|đảng|khối|trung"
        + @"|ương|nhân|dân|sở|cơ|quan))*$",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>
    /// The event's relations from the title (when the source has a title line) and the lead's first sentence:
    /// to the first coded reference of each, or, where the event issues that one, to what it carries out,
    /// reviews or continues; when the directive is one of <paramref name="cited"/>, one per directive.
    /// </summary>
    public static IReadOnlyList<EventRelation> OfEvent(
        string? title, string? lead, IReadOnlyList<DirectiveReference> cited)
    {
        var codes = cited.Select(c => c.Code).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var found = new List<EventRelation>();
        if (codes.Count == 0) return found;
        string?[] named = [title, lead is null ? null : Sentences.Split(lead) is [var opening, ..] ? opening : null];
        foreach (var sentence in named.OfType<string>())
        {
            var mentions = DirectiveExtraction.FindEach([sentence]);
            if (mentions.FirstOrDefault(m => m.Code is not null) is not { } first) continue;
            var at = Placed(first, 0).At;
            if (at < 0) continue;
            var done = EventRelationIn(sentence[..at]) is var (kind, years)
                ? new EventRelation(kind, first.Code!, years, sentence)
                : IssuedToDo(sentence[..at], first.Code!, mentions);
            if (done is not null && codes.Contains(done.To) && !found.Any(f => f.To == done.To)) found.Add(done);
        }
        return found;
    }

    // "Ban Thường vụ đã ban hành Kế hoạch số 26-KH/TU thực hiện Kết luận 05-KL/TW": the event is the issuing,
    // and what the issued document does, the event does.
    private static EventRelation? IssuedToDo(string before, string issued, IReadOnlyList<DirectiveReference> mentions)
    {
        var clause = LastClause(before);
        if (!Issuing.IsMatch(clause) || AskedOrChecked.IsMatch(clause) || NotAnEvent.IsMatch(clause)) return null;
        return InSentences(mentions)
            .Where(r => r.From == issued && EventKinds.Contains(r.Kind))
            .Select(r => new EventRelation(r.Kind, r.To, r.Years, r.Sentence))
            .FirstOrDefault();
    }

    private static (RelationKind Kind, int? Years)? EventRelationIn(string before)
    {
        if (Stated.Match(before) is not { Success: true } stated) return null;
        var (kind, passive) = KindOf(stated);
        if (passive || !EventKinds.Contains(kind) || !NamesTheEvent(before[..stated.Index].Trim())) return null;
        int? years = stated.Groups["years"].Success
            ? int.Parse(stated.Groups["years"].Value, CultureInfo.InvariantCulture)
            : null;
        return (kind, years);
    }

    private static bool NamesTheEvent(string before)
    {
        if (before.Length == 0 || before[^1] is ':' or '-' or '–' or '|') return true;
        var clause = LastClause(before);
        if (NotAnEvent.IsMatch(clause)) return false;
        if (Organiser.IsMatch(clause)) return true;
        if (EventNamed.Match(clause) is not { Success: true } named) return false;
        return !AskedOrChecked.IsMatch(clause[..named.Index]) && !OtherClause.IsMatch(named.Groups["after"].Value);
    }

    private static string LastClause(string before) => before[(before.LastIndexOfAny([',', ';', ':']) + 1)..].Trim();
}
