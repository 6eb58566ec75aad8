using System.Text.RegularExpressions;
using Archive.Model;
using Archive.Text;

namespace Archive.Import;

/// <summary>
/// Reads the shape of a news page saved as text: title, dateline, body paragraphs, captions and page
/// furniture, byline and source. Every non-empty line ends up in exactly one place; none is dropped.
/// </summary>
internal sealed partial record Layout(
    string? Title,
    string? Published,
    IReadOnlyList<string> Paragraphs,
    IReadOnlyList<string> Captions,
    string? Author,
    string? Source)
{
    /// <summary>The date line as written.</summary>
    public string? Dateline { get; init; }
    /// <summary>The byline and source lines the author and source were read from.</summary>
    public IReadOnlyList<string> Credits { get; init; } = [];
    public IReadOnlyList<Evidence> Evidence { get; init; } = [];

    // Press agencies that sign a lead with their initials: "(LĐTĐ) Ngày 29/6, ...".
    private static readonly Dictionary<string, string> Agencies = new(StringComparer.Ordinal)
    {
        ["LĐTĐ"] = "Lao động Thủ đô", ["TTXVN"] = "Thông tấn xã Việt Nam", ["VOV"] = "Đài Tiếng nói Việt Nam",
        ["HNM"] = "Hà Nội mới", ["QĐND"] = "Quân đội nhân dân", ["CAND"] = "Công an nhân dân",
        ["ĐCSVN"] = "Báo điện tử Đảng Cộng sản Việt Nam", ["NDĐT"] = "Nhân Dân điện tử", ["VTV"] = "Đài Truyền hình Việt Nam",
        ["VNA"] = "Thông tấn xã Việt Nam", ["TTO"] = "Tuổi Trẻ Online", ["PLO"] = "Pháp Luật TP.HCM",
        ["GDVN"] = "Giáo dục Việt Nam", ["VOH"] = "Đài Tiếng nói Nhân dân TP.HCM", ["ANTĐ"] = "An ninh Thủ đô",
    };

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"^(?:danh gia bai viet|chia se(?: bai viet)?|in bai(?: viet)?|ban in|gui email|tin lien quan|bai lien quan|tin cung chuyen muc|xem them|tu khoa|tags?|nguon|theo doi|binh luan|phan hoi|facebook|twitter|zalo|anh minh hoa|\(anh minh hoa\)|anh|video|top|len dau trang|quay lai)\s*[:.]?\s*$")]
    private static partial Regex FurniturePhrase();

    [GeneratedRegex(@"^(?:theo|nguồn)\s*:?\s+(?<source>.{2,100}?)[.\s]*$", RegexOptions.IgnoreCase)]
    private static partial Regex SourceLine();

    // The label is capitalised as often as not: "Bài và ảnh: Minh Anh", "Tin: Hoàng Phúc".
    [GeneratedRegex(@"^(?:(?i:bài|ảnh|bài\s+và\s+ảnh|bài,\s+ảnh|tác\s+giả|tin|thực\s+hiện)\s*:\s*)?(?<name>\p{Lu}[\p{L}.]*(?:\s+(?:[-–/&]\s+)?\p{Lu}[\p{L}.]*){0,5}(?:\s*\([\p{L}\s.]{2,30}\))?)$")]
    private static partial Regex Byline();

    [GeneratedRegex(@"^\((?<tag>[\p{L}\d.\-]{2,30})\)\s*[-–]?\s*")]
    private static partial Regex LeadTag();

    [GeneratedRegex(@"^(?:(?:sang|chieu|toi|trua|dem|ray sang|hom nay|hom qua|ngay)\b[^,]{0,25}?)?\d{1,2}\s*[/.\-]\s*\d{1,2}")]
    private static partial Regex LeadDate();

    // A photo caption is one short sentence about who is in the picture and where.
    [GeneratedRegex(@"^(?:quang canh|toan canh|cac dai bieu|dai bieu|anh\s*:|anh tren|anh duoi|hinh anh)|(?:phat bieu|phat bieu chi dao|phat bieu ket luan|trao|tang|chup anh|du|tai|chu tri|trao doi|thong qua)\s+(?:tai\s+|chi dao\s+|ket luan\s+)?(?:hoi nghi|buoi lam viec|buoi le|le|dai hoi|hoi thao|toa dam|ky hop|phien hop|cuoc hop|buoi gap)(?:\s+\S+)?\.?$|\(anh\s*:[^)]*\)\.?$")]
    private static partial Regex CaptionFolded();

    public static Layout Read(string text)
    {
        var lines = text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n')
            .Select(line => (line.Contains("  ", StringComparison.Ordinal) || line.AsSpan().IndexOfAny("\t\u00A0\f\v") >= 0 ? Whitespace().Replace(line, " ") : line).Trim())
            .Where(line => line.Length > 0)
            .ToList();

        var captions = new List<string>();
        var credits = new List<string>();
        var evidence = new List<Evidence>();
        string? title = null, published = null, dateline = null, author = null, source = null;

        var first = 0;
        for (; first < lines.Count && first < 8; first++)
        {
            var line = lines[first];
            if (published is null && Archive.Import.Dateline.TryParse(line, out var iso, out var rule))
            {
                (published, dateline) = (iso, line);
                evidence.Add(Model.Evidence.In(EvidencePart.Dateline, 0, line, 0, line.Length, "published", iso, rule));
            }
            else if (IsFurniture(line)) captions.Add(line);
            else if (title is null && IsTitle(line))
            {
                title = line;
                evidence.Add(Model.Evidence.In(EvidencePart.Title, 0, line, 0, line.Length, "title", line, "title: first headline-like line"));
            }
            else break;
        }

        var trailer = new List<string>();
        var creditLines = new List<(string Line, string Field, Group Value, string Rule)>();
        var last = lines.Count - 1;
        for (var seen = 0; last >= first && seen < 5; last--, seen++)
        {
            var line = lines[last];
            if (published is null && Archive.Import.Dateline.TryParse(line, out var iso, out var rule))
            {
                (published, dateline) = (iso, line);
                evidence.Add(Model.Evidence.In(EvidencePart.Dateline, 0, line, 0, line.Length, "published", iso, rule + " (last lines)"));
            }
            else if (IsFurniture(line)) trailer.Insert(0, line);
            else if (source is null && SourceLine().Match(line) is { Success: true } s && !s.Groups["source"].Value.EndsWith(':'))
            {
                source = s.Groups["source"].Value.Trim();
                creditLines.Insert(0, (line, "source", s.Groups["source"], "source: “Theo …” / “Nguồn: …” line"));
            }
            else if (author is null && IsByline(line))
            {
                var name = Byline().Match(line).Groups["name"];
                author = name.Value;
                creditLines.Insert(0, (line, "author", name, "author: byline line"));
            }
            else break;
        }
        foreach (var (line, field, value, rule) in creditLines)
        {
            credits.Add(line);
            evidence.Add(Model.Evidence.In(EvidencePart.Credit, credits.Count - 1, line, value.Index, value.Value.Trim().Length, field, value.Value.Trim(), rule));
        }

        var body = lines[first..(last + 1)];
        var paragraphs = new List<string>();
        foreach (var line in body)
        {
            if (IsFurniture(line) || IsCaption(line, body)) captions.Add(line);
            else paragraphs.Add(line);
        }
        captions.AddRange(trailer);

        // Feeds stamp the time they carried the item; the outlet's own stamp at the top of the body wins.
        if (OutletStamp(body, paragraphs, captions) is { } stamp && stamp.Value[..10] != published?[..10])
        {
            published = stamp.Value;
            evidence.RemoveAll(e => e.Field == "published");
            evidence.Add(stamp);
        }

        if (paragraphs.Count > 0 && LeadTag().Match(paragraphs[0]) is { Success: true } tag && IsAgencyTag(tag.Groups["tag"].Value))
        {
            var initials = tag.Groups["tag"];
            if (source is null)
            {
                source = Agencies.TryGetValue(initials.Value, out var name) ? $"{name} ({initials.Value})" : initials.Value;
                evidence.Add(Model.Evidence.In(EvidencePart.Paragraph, 0, paragraphs[0], initials.Index, initials.Length, "source", source, "source: agency tag opening the lead"));
            }
        }

        return new Layout(title, published, paragraphs, captions, author, source) { Dateline = dateline, Credits = credits, Evidence = evidence };
    }

    /// <summary>The first stamp among the first body lines, as evidence in the paragraph or caption that holds it.</summary>
    private static Evidence? OutletStamp(IReadOnlyList<string> body, List<string> paragraphs, List<string> captions)
    {
        foreach (var line in body.Take(6))
        {
            if (!Archive.Import.Dateline.TryFindInBody(line, out var iso, out var rule, out var start, out var length)) continue;
            var (part, index) = paragraphs.IndexOf(line) is >= 0 and var p ? (EvidencePart.Paragraph, p) : (EvidencePart.Caption, captions.IndexOf(line));
            return Model.Evidence.In(part, index, line, start, length, "published", iso, rule.Replace("dateline", "outlet's stamp atop the body"));
        }
        return null;
    }

    private static bool IsFurniture(string line)
    {
        if (!line.Any(char.IsLetter) || line.Length <= 2) return true;
        // Widget labels are short; a paragraph is never one.
        return line.Length <= 40 && FurniturePhrase().IsMatch(VietnameseText.Fold(line));
    }

    private static bool IsTitle(string line)
    {
        var words = WordCount(line);
        if (words < 2 || words > 40 || line.Length > 250) return false;
        if (line.EndsWith('.') && !line.EndsWith("...", StringComparison.Ordinal)) return false;
        if (LeadTag().IsMatch(line) || LeadDate().IsMatch(VietnameseText.Fold(line))) return false;
        return char.IsUpper(line.First(char.IsLetterOrDigit)) || char.IsDigit(line[0]);
    }

    private static bool IsByline(string line) =>
        line.Length <= 60 && WordCount(line) <= 8 && !line.Any(char.IsDigit) && Byline().IsMatch(line);

    private static bool IsCaption(string line, IReadOnlyList<string> body)
    {
        var words = WordCount(line);
        if (words > 40) return false;
        if (!EndsLikeSentence(line) && words <= 25) return true;
        if (body.Any(other => !ReferenceEquals(other, line) && NearlyEqual(other, line))) return true;
        return Sentences.Split(line).Count == 1 && words <= 30 && CaptionFolded().IsMatch(VietnameseText.Fold(line));
    }

    private static bool EndsLikeSentence(string line) =>
        line[^1] is '.' or '!' or '?' or '…' or ':' or ';' or '"' or '”' or '’' or ')' or '»';

    /// <summary>Repeated lines are page furniture even with a typo in one copy ("Trungn ương").</summary>
    private static bool NearlyEqual(string a, string b)
    {
        if (a == b) return true;
        var longest = Math.Max(a.Length, b.Length);
        var allowed = longest / 10;
        if (Math.Abs(a.Length - b.Length) > allowed) return false;
        // What both copies start and end with adds nothing to the distance between them.
        var prefix = a.AsSpan().CommonPrefixLength(b);
        var suffix = 0;
        while (suffix < a.Length - prefix && suffix < b.Length - prefix && a[^(suffix + 1)] == b[^(suffix + 1)]) suffix++;
        return WithinEditDistance(a.AsSpan(prefix, a.Length - prefix - suffix), b.AsSpan(prefix, b.Length - prefix - suffix), allowed);
    }

    /// <summary>
    /// Whether the edit distance is at most <paramref name="allowed"/>: only the cells within that
    /// distance of the diagonal can stay under it, and a row all over it ends the comparison. Lines are
    /// compared with every other line of a document, so this is on the import's hot path.
    /// </summary>
    private static bool WithinEditDistance(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int allowed)
    {
        var over = allowed + 1;
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = Math.Min(j, over);
        for (var i = 1; i <= a.Length; i++)
        {
            var (from, to) = (Math.Max(1, i - allowed), Math.Min(b.Length, i + allowed));
            current[0] = Math.Min(i, over);
            if (from > 1) current[from - 1] = over;
            var best = current[0];
            for (var j = from; j <= to; j++)
            {
                var cost = Math.Min(Math.Min(current[j - 1], previous[j]) + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
                current[j] = Math.Min(cost, over);
                best = Math.Min(best, current[j]);
            }
            if (to < b.Length) current[to + 1] = over;
            if (best > allowed) return false;
            (previous, current) = (current, previous);
        }
        return previous[b.Length] <= allowed;
    }

    private static bool IsAgencyTag(string tag) =>
        Agencies.ContainsKey(tag) || (tag.Length <= 8 && tag.All(c => char.IsUpper(c) || c == '.')) || tag.Contains(".vn", StringComparison.OrdinalIgnoreCase);

    internal static int WordCount(string text) =>
        text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Count(w => w.Any(char.IsLetterOrDigit));
}
