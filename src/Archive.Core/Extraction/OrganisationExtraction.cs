using System.Text.RegularExpressions;
using Archive.Model;
using Archive.Text;

namespace Archive.Extraction;

/// <summary>
/// The body that held the meeting or issued the document: the subject of the sentence the event date is
/// read from, else of the lead sentence ("Chiều 31/3/2021, Ban Nội chính Trung ương tổ chức..."), else the
/// head of a "Body: headline" title.
/// Only a subject that is plainly a public body counts: a person, an event or anything unsure gives null.
/// </summary>
internal static partial class OrganisationExtraction
{
    // What a Vietnamese public body's name starts with, in the order tried: "Bộ" before "Bộ Tư lệnh"
    // makes "Bộ" the kind a name is measured from.
    private static readonly string[] PartyAndStateBodies =
    [
        "Thành ủy", "Tỉnh ủy", "Huyện ủy", "Quận ủy", "Thị ủy", "Đảng ủy", "Đảng bộ", "Đảng đoàn",
        "Ủy ban", "UBND", "HĐND", "MTTQ", "UBMTTQ", "Hội đồng", "Quốc hội", "Chính phủ", "Văn phòng",
        "Viện", "Tòa án", "TAND", "VKSND", "Công an", "Sở", "Mặt trận",
    ];
    private static readonly string[] Agencies =
        ["Cục", "Tổng cục", "Thường trực", "Thanh tra", "Kiểm toán", "Liên đoàn"];
    private static readonly string[] AcademiesCommandsAndGroups =
        ["Học viện", "Trung ương", "Bộ Tư lệnh", "Bộ Chỉ huy", "Tập đoàn", "Tổng công ty"];

    // "Đoàn" and "Hội" also start surnames and events ("Đoàn Văn Khải", "Hội nghị"), so they count only
    // before a lower-case word or a known continuation; "Đội" only before a police or inspection unit
    // ("Đội Cảnh sát", "Đội CSGT"), not "Đội tuyển".
    private const string Delegation = @"[Đđ]oàn(?=\s+(?:\p{Ll}|Thanh\s+niên|ĐBQH|Đại\s+biểu))";
    private const string Association = @"Hội(?=\s+(?:Nông|Liên|Cựu|Chữ|Luật|Nhà|Doanh|Người))";
    private const string Unit = @"Đội(?=\s+(?:Cảnh|CS|Quản|Thanh|Kiểm|Điều|Phòng|PC))";

    // A kind glued to its place by lost spacing ("Công antỉnh Lào Cai") still counts.
    private const string KindEnds = @"(?=\s|$|(?:tỉnh|huyện|quận|xã|phường)\s+\p{Lu})";

    private static readonly Regex BodyStart = new(
        $@"^(?:Ban|BTC|Bộ(?!\s+trưởng)|{RegexWords.Any(PartyAndStateBodies)}|{Delegation}"
            + $@"|{RegexWords.Any(Agencies)}|{Association}|{RegexWords.Any(AcademiesCommandsAndGroups)}|{Unit})"
            + KindEnds,
        RegexOptions.Compiled);

    // Where the subject ends and the predicate starts. Not "dự": "Ủy ban dự thảo", "Ban Quản lý dự án".
    private const string PredicateVerbs =
        @"đã|đang|sẽ|vừa|mới|tổ\s+chức|triệu\s+tập|ban\s+hành|họp|tiến\s+hành|có|ra|chủ\s+trì|phối\s+hợp|"
        + @"làm\s+việc|công\s+bố|khai\s+mạc|thông\s+báo|ký|gặp|tiếp|giao\s+ban|sơ\s+kết|tổng\s+kết|"
        + @"kiểm\s+tra|mở|quán\s+triệt|triển\s+khai|phát\s+động|trao|tặng|thăm|cho|nghe|thảo\s+luận|"
        + @"thống\s+nhất|quyết\s+định|yêu\s+cầu|đề\s+nghị|chỉ\s+đạo|thẩm\s+định|giám\s+sát|ra\s+mắt|"
        + @"long\s+trọng|trọng\s+thể|tiếp\s+tục|đồng\s+ý|bầu|xem\s+xét|thi\s+hành|khởi\s+tố|bắt|xử\s+phạt|"
        + @"phê\s+duyệt|thông\s+qua|điều\s+động|bổ\s+nhiệm|chỉ\s+định|kết\s+luận|cử|giao(?!\s+thông)|"
        + @"biểu\s+quyết|nhất\s+trí|để";

    [GeneratedRegex($@"\s(?:{PredicateVerbs})(?=\s|[,.;:]|$)")]
    private static partial Regex PredicateStart();

    // The outlet's furniture before the lead proper: a timestamp ("Thứ hai, 24/06/2024 - 14:30'."), a
    // tag in brackets ("(Chinhphu.vn) -", "(NDH)") or in capitals before a dash ("TTO -", "VOV.VN -").
    private const string Timestamp =
        @"(?:(?:Thứ\s+\S+|Chủ\s+nhật)\s*,?\s*\d{1,2}/\d{1,2}/\d{4}[^.()\p{L}]{0,20}\.?\s*)?";
    private const string BracketedTag = @"\([^()]{1,40}\)\s*[-–—:]?\s*";
    private const string CapitalsTag = @"(?<caps>\p{Lu}[\p{Lu}\d.&]*(?:\s\p{Lu}[\p{Lu}\d.&]*){0,2})\s*[-–—]\s+";

    [GeneratedRegex("^" + Timestamp + "(?:" + BracketedTag + "|" + CapitalsTag + ")?")]
    private static partial Regex LeadFurniture();

    // An opening time: "Chiều 3.9", "Sáng nay (15/8)", "Ngày 20 tháng 1 năm 2023", "Tại hội nghị sáng 3/8".
    private const string DayAndMonth = @"\d{1,2}\s*[/.\-]\s*\d{1,2}|\d{1,2}\s+tháng\s+\d{1,2}";
    private const string TodayOrYesterday = @"^(?:sáng|chiều|tối|trưa|đêm|hôm)\s+(?:nay|qua)\b";

    [GeneratedRegex(DayAndMonth + "|" + TodayOrYesterday, RegexOptions.IgnoreCase)]
    private static partial Regex TimeInSegment();

    // An opening that sets the scene rather than names the actor: "tại Hà Nội", "Nhân dịp ...",
    // "Thực hiện ...", or says what it is about or on whose proposal: "Kết luận về vụ ...",
    // "Xét đề nghị của ...", "Liên quan đến ...".
    private const string SceneWords =
        @"tại|nhân\s+dịp|nhân\s+kỷ\s+niệm|thực\s+hiện|căn\s+cứ|trong\s+khuôn\s+khổ|xét|theo\s+đề\s+nghị|"
        + @"trên\s+cơ\s+sở|liên\s+quan\s+(?:đến|tới)|(?:kết\s+luận\s+)?về\s+(?:vụ|việc)";

    [GeneratedRegex($@"^(?:{SceneWords})\s", RegexOptions.IgnoreCase)]
    private static partial Regex SceneOpening();

    // "khóa XX", "nhiệm kỳ 2021 - 2026" qualify a body's term: the body is the same across terms.
    private static readonly string Term = RegexWords.Any("khóa", "nhiệm kỳ");
    private static readonly Regex TermQualifier = new($@"\s+{Term}\s.*$|^{Term}\s.*$", RegexOptions.Compiled);

    // A time written after the subject: "Ủy ban ... ngày 22-10 tiếp tục ...", "... sáng nay (15/8)".
    [GeneratedRegex(@"\s+(?:vào\s+)?(?:ngày|sáng|chiều|tối|trưa|đêm|hôm)\s+(?:nay|qua|\d|\().*$|\s+\(\d.*$")]
    private static partial Regex TimeAfter();

    // An abbreviation in brackets inside a name: "Quân đội nhân dân (QĐND) Việt Nam".
    [GeneratedRegex(@"\s*\(\p{Lu}[\p{Lu}\d&.\-]{0,11}\)")]
    private static partial Regex BracketedAbbreviation();

    private static readonly Regex GenericKind =
        new($@"^(?:Ban|[Đđ]oàn|{RegexWords.Any("Hội đồng", "Ủy ban")})", RegexOptions.Compiled);

    // Words after a body's name that start a clause about who leads or joins it: "do", "cùng", "và các sở".
    [GeneratedRegex(@"\s(?:do|cùng|và\s+(?:một\s+số|các|nhiều)\s+\p{Ll}+)(?=\s)")]
    private static partial Regex NameTail();

    // A capitalised time word right before the date ("... tỉnh Nghệ An Tối 13/7"), after a word rather than
    // punctuation.
    private const string TimeWord = @"(?:Sáng|Chiều|Tối|Trưa|Đêm|Ngày|Hôm|Vào\s+ngày)(?:\s+(?:nay|qua))?(?:\s+ngày)?";

    [GeneratedRegex($@"(?<=[\p{{L}}\d]\s+){TimeWord}\s*\(?\s*$")]
    private static partial Regex GluedTimeWord();

    // A gloss in brackets closing a name: "Công an TP Thủ Dầu Một (tỉnh Bình Dương)".
    [GeneratedRegex(@"\s*\([^()]*\)$")]
    private static partial Regex TrailingGloss();

    // Lost spacing before a place ("Công antỉnh Lào Cai"): no Vietnamese syllable has letters before these.
    [GeneratedRegex(@"(?<=\p{Ll})(?=(?:tỉnh|huyện|quận|xã|phường)\s+\p{Lu})")]
    private static partial Regex GluedPlace();

    [GeneratedRegex(@"^(?:ông|bà|đồng\s+chí|anh|chị|các\s+đồng\s+chí)\s", RegexOptions.IgnoreCase)]
    private static partial Regex PersonStart();

    [GeneratedRegex(@"(?:(?:^|\s)\p{Ll}\S*){5}")]
    private static partial Regex LowerCaseRun();

    // The lower-case kind of a named place inside a body's name: "đoàn công tác của thành phố Hải Phòng".
    [GeneratedRegex(@"(?:thành\s+phố|tỉnh|huyện|quận|thị\s+xã|xã|phường)\s+(?=\p{Lu})")]
    private static partial Regex PlaceKind();

    private const int MaxWordsPerBody = 14;

    // "Trung ương quyết định khai trừ ...": as an acting body, bare "Trung ương" is the Party's Central
    // Committee; every other central body is named with its kind ("Ban Tổ chức Trung ương").
    private const string BareCentral = "Trung ương";
    private const string CentralCommittee = "Ban Chấp hành Trung ương";

    public static string? Find(string? title, string? lead) =>
        FindWithEvidence(title, lead is null ? [] : [lead]).Organisation;

    /// <summary>
    /// The subject of the sentence the event's date is read from (<paramref name="eventDateAt"/>: its
    /// paragraph and the date's offset), else of the lead, else the head of a "Body: headline" title.
    /// </summary>
    public static (string? Organisation, Evidence? Evidence) FindWithEvidence(
        string? title,
        IReadOnlyList<string> paragraphs,
        (int Paragraph, int Start)? eventDateAt = null)
    {
        if (eventDateAt is { } at
            && at.Paragraph < paragraphs.Count
            && SentenceStartBefore(paragraphs[at.Paragraph], at.Start) is { } from
            && SubjectOf(paragraphs[at.Paragraph], from, "the sentence dating the event") is { } dated)
            return Found(paragraphs, at.Paragraph, dated);
        // A feed's teaser cut with "..." stands before the article's own lead: the lead is the next paragraph.
        var leads = paragraphs.Count > 1 && IsCut(paragraphs[0]) ? 2 : Math.Min(1, paragraphs.Count);
        for (var i = 0; i < leads; i++)
        {
            if (SubjectOf(paragraphs[i], 0, "the lead") is { } subject)
                return Found(paragraphs, i, subject);
        }
        if (title is not null && title.IndexOf(':') is > 0 and var colon)
        {
            var head = title[..colon].Trim();
            if (BodyStart.IsMatch(head) && head.Split(' ').Length <= 10)
            {
                var name = VietnameseText.Canonicalize(head);
                var evidence = Evidence.In(EvidencePart.Title, 0, title,
                    title.IndexOf(head, StringComparison.Ordinal), head.Length, "organisation", name,
                    "organisation: head of a “Body: headline” title");
                return (name, evidence);
            }
        }
        return (null, null);
    }

    private static (string?, Evidence?) Found(
        IReadOnlyList<string> paragraphs,
        int index,
        (string Name, int Start, int Length, string Rule) subject) =>
        (subject.Name, Evidence.In(EvidencePart.Paragraph, index, paragraphs[index], subject.Start, subject.Length,
            "organisation", subject.Name, subject.Rule));

    /// <summary>
    /// Where the sentence holding the date starts. A capitalised time word in mid-sentence ("... tỉnh Nghệ An
    /// Tối 13/7, đoàn ...") starts the real sentence: a breadcrumb, headline or caption is glued before it.
    /// </summary>
    private static int? SentenceStartBefore(string paragraph, int dateStart)
    {
        if (dateStart > paragraph.Length) return null;
        var start = 0;
        foreach (var sentence in Sentences.Split(paragraph))
        {
            var at = paragraph.IndexOf(sentence, start, StringComparison.Ordinal);
            if (at < 0) return null;
            if (dateStart < at + sentence.Length)
            {
                var glued = GluedTimeWord().Match(paragraph[at..dateStart]);
                return glued.Success && glued.Index > 0 ? at + glued.Index : at;
            }
            start = at + sentence.Length;
        }
        return null;
    }

    private static bool IsCut(string paragraph) =>
        paragraph.TrimEnd().EndsWith("...", StringComparison.Ordinal) || paragraph.TrimEnd().EndsWith('…');

    /// <summary>
    /// The bodies that are the subject of the sentence starting at <paramref name="from"/>, with their span in the
    /// paragraph.
    /// </summary>
    private static (string Name, int Start, int Length, string Rule)? SubjectOf(
        string paragraph,
        int from,
        string sentenceName)
    {
        var lead = paragraph[from..];
        var furniture = LeadFurniture().Match(lead);
        var skipped = furniture.Length;
        // "UBND - HĐND tỉnh ..." opens with bodies, not with an outlet's tag.
        if (furniture.Groups["caps"].Success && BodyStart.IsMatch(furniture.Groups["caps"].Value))
            skipped = furniture.Groups["caps"].Index;
        var body = lead[skipped..];
        var sentences = Sentences.Split(body);
        var sentence = sentences.Count > 0 ? sentences[0] : body;
        var offset = from + skipped + body.IndexOf(sentence, StringComparison.Ordinal);
        var segments = Segments(sentence);

        // The scene first (a time, a place, an occasion), then the bodies, the last one followed by the predicate.
        var first = 0;
        var scene = false;
        var placeOrOccasion = false;
        while (first < segments.Count)
        {
            var text = segments[first].Text;
            if (PersonStart().IsMatch(text)) return null;
            var isTime = TimeInSegment().IsMatch(text) && Words(text) <= 8 && !PredicateStart().IsMatch(text);
            var opensScene = SceneOpening().IsMatch(text);
            if (opensScene || (isTime && text.Contains(" tại ", StringComparison.Ordinal))) placeOrOccasion = true;
            // A part of the scene has no verb: "tại Trụ sở, Tổng Bí thư X chủ trì họp Bộ Chính trị" has an actor.
            if (placeOrOccasion && !isTime && !opensScene && !BodyStart.IsMatch(text) && PredicateStart().IsMatch(text))
                return null;
            if (isTime || opensScene || (placeOrOccasion && !BodyStart.IsMatch(text)))
            {
                scene = true;
                first++;
                continue;
            }
            break;
        }

        var names = new List<string>();
        for (var i = first; i < segments.Count; i++)
        {
            var text = segments[i].Text;
            var isQualifier = TermQualifier.Match(text) is { Success: true, Index: 0 };
            if (!isQualifier && !BodyStart.IsMatch(text)) return null;
            var predicate = PredicateStart().Match(text);
            // "Ban tổ chức", "Đoàn kiểm tra", "Đoàn giám sát": a verb right after the kind names the body.
            if (predicate.Success
                && GenericKind.Match(text) is { Success: true } kind
                && predicate.Index == kind.Length)
                predicate = PredicateStart().Match(text, predicate.Index + predicate.Length);
            var tail = NameTail().Match(text);
            var nameEnd = tail.Success && (!predicate.Success || tail.Index < predicate.Index) ? tail.Index
                : predicate.Success ? predicate.Index : text.Length;
            var name = text[..nameEnd];
            if (!isQualifier) names.Add(name);
            // "đoàn công tác của Bộ Công an do Thượng tướng X, Thứ trưởng làm trưởng đoàn đã ...": the
            // leader's clause runs on to the predicate.
            if (tail.Success && nameEnd == tail.Index)
            {
                var verb = i;
                while (verb < segments.Count
                       && !PredicateStart().IsMatch(verb == i ? text[nameEnd..] : segments[verb].Text))
                    verb++;
                // A teaser cut with "..." before its verb still names its subject.
                if (verb - i > 3 || (verb == segments.Count && !IsCut(sentence))) return null;
            }
            else if (!predicate.Success) continue;

            var cleaned = names.Select(Clean).ToList();
            if (cleaned.Count == 0 || cleaned.Any(n => !IsWholeName(n))) return null;
            var start = offset + segments[first].Start;
            var end = offset + segments[i].Start + name.TrimEnd().Length;
            var rule = (cleaned.Count > 1
                           ? $"organisation: bodies listed as the subject of {sentenceName}"
                           : $"organisation: subject of {sentenceName}")
                       + (scene ? " after its time or place" : "");
            if (cleaned is [BareCentral])
            {
                cleaned = [CentralCommittee];
                rule += ": bare “Trung ương” = Ban Chấp hành Trung ương";
            }
            return (string.Join(", ", cleaned), start, end - start, rule);
        }
        return null;
    }

    /// <summary>
    /// The name as an archivist files it: modern tone marks, without the term or an inline abbreviation.
    /// </summary>
    private static string Clean(string written)
    {
        var name = TimeAfter().Replace(written, "");
        name = TermQualifier.Replace(name, "");
        name = BracketedAbbreviation().Replace(name, "");
        name = TrailingGloss().Replace(name, "");
        name = GluedPlace().Replace(name, " ");
        name = VietnameseText.Canonicalize(string.Join(' ', name.Split(' ', StringSplitOptions.RemoveEmptyEntries)));
        // "Tối 13/7, đoàn công tác của ..." is filed as "Đoàn công tác của ...".
        return name.Length > 0 ? char.ToUpperInvariant(name[0]) + name[1..] : name;
    }

    /// <summary>The sentence cut at its commas (not those inside brackets), each part with where it starts.</summary>
    private static List<(string Text, int Start)> Segments(string sentence)
    {
        var segments = new List<(string, int)>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i <= sentence.Length; i++)
        {
            var c = i < sentence.Length ? sentence[i] : ',';
            if (c == '(') depth++;
            else if (c == ')') depth = Math.Max(0, depth - 1);
            else if (c == ',' && (depth == 0 || i == sentence.Length))
            {
                var part = sentence[start..i];
                var trimmed = part.TrimStart();
                segments.Add((trimmed.TrimEnd(), start + part.Length - trimmed.Length));
                start = i + 1;
            }
        }
        return segments;
    }

    // "Ban tổ chức ..." cut at "tổ chức" leaves "Ban": a body's name has more than its kind, unless in capitals
    // ("UBND"). A run of five lower-case words is a clause, not a name: "Chính phủ giao Bộ Công an nghiên cứu phương án
    // ..."; a place's kind before its name does not count.
    private static bool IsWholeName(string name) =>
        Words(name) is var words
        && words <= MaxWordsPerBody
        && (words > 1 || (name.Length > 0 && name.All(char.IsUpper)))
        && !LowerCaseRun().IsMatch(PlaceKind().Replace(name[BodyStart.Match(name).Length..], ""));

    // A dash between listed bodies ("Thành ủy - HĐND - UBND") is not a word.
    private static int Words(string text) =>
        text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Count(w => w.Any(char.IsLetterOrDigit));
}
