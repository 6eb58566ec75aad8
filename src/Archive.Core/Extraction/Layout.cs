using System.Text.RegularExpressions;
using Archive.Model;
using Archive.Text;

namespace Archive.Extraction;

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
        ["ĐCSVN"] = "Báo điện tử Đảng Cộng sản Việt Nam", ["NDĐT"] = "Nhân Dân điện tử",
        ["VTV"] = "Đài Truyền hình Việt Nam",
        ["VNA"] = "Thông tấn xã Việt Nam", ["TTO"] = "Tuổi Trẻ Online", ["PLO"] = "Pháp Luật TP.HCM",
        ["GDVN"] = "Giáo dục Việt Nam", ["VOH"] = "Đài Tiếng nói Nhân dân TP.HCM", ["ANTĐ"] = "An ninh Thủ đô",
    };

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    // A page's furniture, folded: sharing, related links, tags, comments.
    private const string FurnitureWords =
        @"danh gia bai viet|chia se(?: bai viet)?|in bai(?: viet)?|ban in|gui email|tin lien quan|"
        + @"bai lien quan|tin cung chuyen muc|xem them|tu khoa|tags?|nguon|theo doi|binh luan|phan hoi|facebook|"
        + @"twitter|zalo|anh minh hoa|\(anh minh hoa\)|anh|video|top|len dau trang|quay lai";

    [GeneratedRegex($@"^(?:{FurnitureWords})\s*[:.]?\s*$")]
    private static partial Regex FurniturePhrase();

    [GeneratedRegex(@"^(?:theo|nguồn(?:\s+tin)?)\s*:?\s+(?<source>.{2,100}?)[.\s]*$", RegexOptions.IgnoreCase)]
    private static partial Regex SourceLine();

    // The label is capitalised as often as not: "Bài và ảnh: Minh Anh", "Tin, ảnh: Hoàng Phúc". "Ảnh: X"
    // alone credits a photo, not the article.
    private const string BylineLabel =
        @"(?:(?i:(?:bài|tin)(?:\s*(?:,|và)\s*ảnh)?|tác\s+giả|thực\s+hiện|nhóm\s+phóng\s+viên)\s*:\s*)?";
    private const string CapitalisedWords = @"\p{Lu}[\p{L}.]*(?:\s+(?:[-–/&]\s+)?\p{Lu}[\p{L}.]*){0,5}";
    private const string SlashedAgency = @"(?:\s*/\s*\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*){0,3})?";
    private const string BracketedNote = @"(?:\s*\([\p{L}\s.,]{2,30}\))?";

    [GeneratedRegex("^" + BylineLabel + "(?<name>" + CapitalisedWords + SlashedAgency + BracketedNote + ")$")]
    private static partial Regex Byline();

    // What follows a byline: the agency it writes for ("Minh Anh (TTXVN)", "Minh Anh/VOV", "Minh Anh -
    // NDH"), or a note that it is compiled from others ("(tổng hợp)", "(Theo AFP)").
    [GeneratedRegex(
        @"^(?<name>.+?)"
        + @"(?:\s*\((?:(?i:theo)\s+)?(?<agency>[^()]+)\)|\s*/\s*(?<agency>[^/]+)"
        + @"|\s+[-–]\s+(?<agency>[\p{Lu}\d&]{3,10}))$")]
    private static partial Regex BylineAgency();

    // A byline glued to the end of a one-line body: "... kết thúc. Minh Anh". Two to four capitalised
    // words (a Vietnamese name), or initials, after a sentence's end and nothing else.
    private const string SentenceEnd = @"(?<=[.!?…""”’»)]\s+|\./\.\s*)";
    private const string NameWord = @"(?:\p{Lu}[\p{Ll}]+|\p{Lu}{2,})";
    private const string AgencyAfterName =
        @"(?:\s*\([\p{L}\s.,]{2,30}\)|\s[-–]\s[\p{Lu}\d.&]{2,10}|/[\p{Lu}\d.&]{2,10})?";

    [GeneratedRegex(SentenceEnd + "(?<byline>" + NameWord + @"(?:\s" + NameWord + "){1,3}" + AgencyAfterName + ")$")]
    private static partial Regex GluedByline();

    // An outlet's tag opening the lead: "(TTXVN) Ngày 3/9", "(Dân trí) - ", "(Chinhphu.vn) -", "(PLO)-".
    // A feed may print the outlet's timestamp before it ("Thứ hai, 24/06/2024 - 14:30'. (BLC) - ").
    private const string FeedTimestamp = @"(?:[^()]{0,30}\d{4}[^()]{0,6}\d{1,2}:\d{2}\W{0,3}\s)?";

    [GeneratedRegex("^" + FeedTimestamp + @"\((?<tag>[^()\d:]{2,30})\)\s*(?<dash>[-–—]?)\s*")]
    private static partial Regex LeadTag();

    // The same tag without brackets, in capitals or as a domain: "TTO - ", "VOV.VN - ", "PNO – ".
    private const string CapitalsTag = @"\p{Lu}[\p{Lu}\d&]*(?:\.\p{Lu}+)*";
    private const string DomainTag = @"[\p{L}\d]+(?:\.[\p{L}\d]+)*\.(?i:vn|com|net)";

    [GeneratedRegex($@"^(?<tag>{CapitalsTag}|{DomainTag})\s?[-–—]\s*(?=\p{{Lu}}|\d)")]
    private static partial Regex BareLeadTag();

    // A feed's description ends with the outlet's name: "... đi công tác. - VnExpress".
    [GeneratedRegex(@"[.!?…""”]\s+[-–]\s+(?<tag>\p{Lu}[\p{L}\d.]{2,30})\.?$")]
    private static partial Regex DescriptionTag();

    private const string SlashAndAgency = @"\s?/\s?(?<agency>\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*){0,3})";
    private const string DashAndDate = @"\s[-–]\s(?:(?i:thứ|chủ nhật)[^/]{0,12})?\d{1,2}/\d{1,2}/\d{4}.{0,25}";

    private const string TopName = @"\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*){1,3}";

    [GeneratedRegex("^(?<name>" + TopName + ")(?:" + SlashAndAgency + "|" + DashAndDate + ")$")]
    private static partial Regex TopByline();

    // The highlighting a feed leaves in a headline ("<b>Tô Lâm</b>"); other markup stays, shown as text.
    [GeneratedRegex(@"</?(?i:b|strong|i|em|u|mark|span|font|br)(?:\s[^<>]{0,200})?/?>")]
    private static partial Regex HtmlTag();

    [GeneratedRegex(@"^\*?\s*(?:moi (?:quy )?ban doc|xem them video|moi quy vi)")]
    private static partial Regex FurnitureSentence();

    private const string FoldedTimeWords = "sang|chieu|toi|trua|dem|ray sang|hom nay|hom qua|ngay";

    [GeneratedRegex(@"^(?:(?:" + FoldedTimeWords + @")\b[^,]{0,25}?)?\d{1,2}\s*[/.\-]\s*\d{1,2}(?!\d)")]
    private static partial Regex LeadDate();

    // A photo caption is one short sentence about who is in the picture and where.
    private const string PictureWords =
        @"quang canh|toan canh|cac dai bieu|dai bieu|anh\s*:|anh tren|anh duoi|hinh anh";
    private const string CaptionVerbs =
        @"phat bieu|phat bieu chi dao|phat bieu ket luan|trao|tang|chup anh|du|tai|chu tri|trao doi|thong qua";
    private const string Gatherings =
        @"hoi nghi|buoi lam viec|buoi le|le|dai hoi|hoi thao|toa dam|ky hop|phien hop|cuoc hop|buoi gap";

    [GeneratedRegex(
        $@"^(?:{PictureWords})"
        + $@"|(?:{CaptionVerbs})\s+(?:tai\s+|chi dao\s+|ket luan\s+)?(?:{Gatherings})(?:\s+\S+)?\.?$"
        + @"|\(anh\s*:[^)]*\)\.?$")]
    private static partial Regex CaptionFolded();

    private static bool HasOddWhitespace(string line) =>
        line.Contains("  ", StringComparison.Ordinal) || line.AsSpan().IndexOfAny("\t\u00A0\f\v") >= 0;

    public static Layout Read(string text)
    {
        var lines = text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n')
            .Select(line => (HasOddWhitespace(line) ? Whitespace().Replace(line, " ") : line).Trim())
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
            if (published is null && Extraction.Dateline.TryParse(line, out var iso, out var rule))
            {
                (published, dateline) = (iso, line);
                evidence.Add(Model.Evidence.In(EvidencePart.Dateline, 0, line, 0, line.Length, "published", iso, rule));
            }
            else if (IsFurniture(line)) captions.Add(line);
            else if (title is null && CleanTitle(line) is var cleaned && IsTitle(cleaned))
            {
                title = cleaned;
                evidence.Add(Model.Evidence.In(EvidencePart.Title, 0, title, 0, title.Length, "title", title,
                    title == line
                        ? "title: first headline-like line"
                        : "title: first headline-like line, HTML tags and stray quotes removed"));
            }
            else break;
        }

        var trailer = new List<string>();
        var creditLines = new List<(string Line, string Field, int Start, string Value, string Rule)>();
        // A byline's author, and the agency signed after it ("Minh Anh (TTXVN)"), as credits read by these rules.
        string CreditByline(string line, ((string Value, int Start) Byline, (string Value, int Start)? Agency) signed,
            string authorRule, string agencyRule)
        {
            if (signed.Agency is { } agency)
            {
                creditLines.Insert(0, (line, "byline agency", agency.Start, agency.Value,
                    $"source: agency after {agencyRule}"));
            }
            creditLines.Insert(0, (line, "author", signed.Byline.Start, signed.Byline.Value, $"author: {authorRule}"));
            return signed.Byline.Value;
        }
        var last = lines.Count - 1;
        for (var seen = 0; last >= first && seen < 5; last--, seen++)
        {
            var line = lines[last];
            if (published is null && Extraction.Dateline.TryParse(line, out var iso, out var rule))
            {
                (published, dateline) = (iso, line);
                evidence.Add(Model.Evidence.In(EvidencePart.Dateline, 0, line, 0, line.Length, "published", iso,
                    rule + " (last lines)"));
            }
            // "PV", "NV" (phóng viên) sign articles; other two-letter lines are page debris.
            else if (IsFurniture(line) && !(author is null && line.Length == 2 && line.All(char.IsUpper)))
                trailer.Insert(0, line);
            else if (source is null
                && SourceLine().Match(line) is { Success: true } s
                && IsCredited(s.Groups["source"].Value))
            {
                // "Theo Minh Anh/VOV": a byline and its agency.
                if (author is null
                    && s.Groups["source"].Value.Contains('/')
                    && BylineAgency().Match(s.Groups["source"].Value) is { Success: true } signed
                    && signed.Groups["agency"].Success
                    && IsByline(signed.Groups["name"].Value))
                {
                    var offset = s.Groups["source"].Index;
                    (author, source) = (
                        signed.Groups["name"].Value.Trim(),
                        signed.Groups["agency"].Value.Trim(' ', '(', ')'));
                    creditLines.Insert(
                        0,
                        (
                            line,
                            "author",
                            offset + signed.Groups["name"].Index,
                            author,
                            "author: “Theo Name/Agency” line"));
                    creditLines.Insert(
                        1,
                        (
                            line,
                            "source",
                            offset + signed.Groups["agency"].Index,
                            source,
                            "source: agency after the byline"));
                    continue;
                }
                source = s.Groups["source"].Value.Trim();
                creditLines.Insert(
                    0,
                    (line, "source", s.Groups["source"].Index, source, "source: “Theo …” / “Nguồn: …” line"));
            }
            else if (author is null && IsByline(line))
            {
                var name = Byline().Match(line).Groups["name"];
                author = CreditByline(line, SplitAgency(name.Value, name.Index), "byline line", "the byline");
            }
            else break;
        }
        // Many files are one long line with the byline at its end: "... kết thúc. Minh Anh (TTXVN)".
        if (author is null
            && last >= first
            && GluedByline().Match(lines[last]) is { Success: true } glued
            && IsGluedName(glued.Groups["byline"].Value))
        {
            var line = glued.Groups["byline"].Value;
            lines[last] = lines[last][..glued.Index].TrimEnd();
            author = CreditByline(line, SplitAgency(line, 0),
                "byline glued to the end of the body", "the byline glued to the body");
        }
        // Some outlets sign at the top, under the lead: "Minh Anh/VOV", "MINH ANH - Thứ bảy, 31/08/2024 08:18".
        // A byline line moves to the credits; one that carries the page's timestamp stays in the body.
        (string Line, Group Name)? timestamped = null;
        for (var i = first; author is null && i <= last && i < first + 4; i++)
        {
            var line = lines[i];
            if (line.Length > 80 || !(TopByline().Match(line) is { Success: true } top)) continue;
            var name = top.Groups["name"];
            if (top.Groups["agency"].Success && !IsByline(name.Value)) continue;
            author = name.Value;
            if (top.Groups["agency"] is not { Success: true } agency)
            {
                timestamped = (line, name);
                break;
            }
            creditLines.Insert(0, (line, "author", name.Index, author, "author: byline under the lead"));
            creditLines.Insert(
                1,
                (line, "byline agency", agency.Index, agency.Value, "source: agency after the byline"));
            lines.RemoveAt(i);
            last--;
        }
        // The agency a byline names is the source only when the lead has no outlet's tag (read below).
        Evidence? bylineAgency = null;
        foreach (var (line, field, start, value, rule) in creditLines)
        {
            var index = credits.Count > 0 && credits[^1] == line ? credits.Count - 1 : credits.Count;
            if (index == credits.Count) credits.Add(line);
            var found = Model.Evidence.In(EvidencePart.Credit, index, line, start, value.Length,
                field == "byline agency" ? "source" : field, value, rule);
            if (field == "byline agency") bylineAgency = found;
            else evidence.Add(found);
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

        if (source is null && LeadTagIn(body) is { } lead)
        {
            var (line, tag) = lead;
            source = Agencies.TryGetValue(tag.Value, out var name) ? $"{name} ({tag.Value})" : tag.Value;
            var (part, index) = PlaceOf(line, paragraphs, captions);
            evidence.Add(Model.Evidence.In(part, index, line, tag.Index, tag.Length, "source", source,
                "source: outlet's tag opening the lead"));
        }
        if (source is null && bylineAgency is { } credited)
        {
            source = credited.Value;
            evidence.Add(credited);
        }
        if (timestamped is { } signedAtTop)
        {
            var (part, index) = PlaceOf(signedAtTop.Line, paragraphs, captions);
            evidence.Add(Model.Evidence.In(part, index, signedAtTop.Line, signedAtTop.Name.Index,
                signedAtTop.Name.Length, "author", signedAtTop.Name.Value,
                "author: byline under the lead, before the page's timestamp"));
        }
        var description = paragraphs.Take(1)
            .Concat(body.Take(1))
            .FirstOrDefault(line => DescriptionTag().IsMatch(line));
        if (source is null && description is not null)
        {
            var tag = DescriptionTag().Match(description).Groups["tag"];
            source = tag.Value.TrimEnd('.');
            var (part, index) = PlaceOf(description, paragraphs, captions);
            evidence.Add(Model.Evidence.In(part, index, description, tag.Index, source.Length, "source", source,
                "source: outlet's name ending the description"));
        }

        return new Layout(
            title,
            published,
            paragraphs,
            captions,
            author,
            source) { Dateline = dateline, Credits = credits, Evidence = evidence };
    }

    /// <summary>
    /// The first stamp among the first body lines, as evidence in the paragraph or caption that holds it.
    /// </summary>
    private static Evidence? OutletStamp(IReadOnlyList<string> body, List<string> paragraphs, List<string> captions)
    {
        foreach (var line in body.Take(6))
        {
            if (!Extraction.Dateline.TryFindInBody(line, out var iso, out var rule, out var start, out var length))
                continue;
            var (part, index) = paragraphs.IndexOf(line) is >= 0 and var p ? (EvidencePart.Paragraph, p) : (
                EvidencePart.Caption,
                captions.IndexOf(line));
            return Model.Evidence.In(part, index, line, start, length, "published", iso,
                rule.Replace("dateline", "outlet's stamp atop the body"));
        }
        return null;
    }

    private static bool IsFurniture(string line)
    {
        if (!line.Any(char.IsLetter) || line.Length <= 2) return true;
        // Widget labels are short; a paragraph is never one.
        var folded = VietnameseText.Fold(line);
        return (line.Length <= 40 && FurniturePhrase().IsMatch(folded))
            || (line.Length <= 160 && FurnitureSentence().IsMatch(folded));
    }

    // "Theo TTXVN", "Nguồn: baonghean.vn"; not "Theo Bộ Y tế, số ca mắc đã giảm." (attribution opening a sentence).
    private static bool IsCredited(string source) =>
        !source.EndsWith(':') && !source.Contains(
            ", ",
            StringComparison.Ordinal) && WordCount(source) <= 6 && (char.IsUpper(source[0]) || source.Contains('.'));

    /// <summary>
    /// The headline as a reader should see it: no HTML a feed left in, no unmatched quote at either end.
    /// </summary>
    internal static string CleanTitle(string line)
    {
        var title = line.Contains('<') ? Whitespace().Replace(HtmlTag().Replace(line, ""), " ").Trim() : line;
        foreach (var (open, close) in new[] { ('"', '"'), ('\'', '\''), ('“', '”'), ('‘', '’'), ('«', '»') })
        {
            var opens = title.Count(c => c == open);
            var closes = open == close ? opens : title.Count(c => c == close);
            var unmatched = open == close ? opens % 2 == 1 : opens != closes;
            if (!unmatched || title.Length < 2) continue;
            if (title[0] == open && (open == close || opens > closes)) title = title[1..].TrimStart();
            else if (title[^1] == close && (open == close || closes > opens)) title = title[..^1].TrimEnd();
        }
        return title;
    }

    /// <summary>The byline without what follows it: the agency it names, or "(tổng hợp)".</summary>
    private static (
        (string Value, int Start) Byline,
        (string Value, int Start)? Agency) SplitAgency(string byline, int offset)
    {
        var signed = BylineAgency().Match(byline);
        if (!signed.Success || !signed.Groups["agency"].Success) return ((byline, offset), null);
        var name = (signed.Groups["name"].Value.TrimEnd(), offset);
        var agency = signed.Groups["agency"];
        var value = agency.Value.Trim(' ', '(', ')');
        // "(tổng hợp)", "(st)": compiled by the writer, no agency named.
        if (VietnameseText.Fold(value) is "tong hop" or "st" or "ctv" || value.Length < 2) return (name, null);
        return (name, (value, offset + agency.Index + (agency.Value.Length - agency.Value.TrimStart().Length)));
    }

    // Capitalised words that open sentences rather than sign them.
    private static readonly HashSet<string> NotNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "Theo", "Trong", "Ông", "Bà", "Các", "Những", "Đây", "Hiện", "Xem", "Ảnh", "Nguồn", "Video", "Clip",
        "Tin", "Bài",
        "Tôi", "Chúng", "Ngày", "Sáng", "Chiều", "Tháng", "Năm", "Thứ", "Chủ", "Nhật", "TP", "UBND", "HĐND",
    };

    private static bool IsGluedName(string byline)
    {
        var name = BylineAgency().Match(byline) is { Success: true } m
            && m.Groups["agency"].Success ? m.Groups["name"].Value : byline;
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.All(w => !NotNames.Contains(w)) && Provinces.NamedIn(name) is null && !name.Contains(
            "Việt Nam",
            StringComparison.Ordinal);
    }

    // A lead repeated from a feed's snippet, or a tag on a line of its own, is kept as a caption.
    private static (string Part, int Index) PlaceOf(string line, List<string> paragraphs, List<string> captions) =>
        paragraphs.IndexOf(line) is >= 0 and var p ? (EvidencePart.Paragraph, p) : (
            EvidencePart.Caption,
            captions.IndexOf(line));

    /// <summary>An outlet's tag opening the lead, or opening the real lead after a feed's snippet.</summary>
    private static (string Line, Group Tag)? LeadTagIn(IReadOnlyList<string> body)
    {
        foreach (var line in body.Take(4))
        {
            if (LeadTag().Match(line) is { Success: true } tag
                && IsOutletTag(tag.Groups["tag"].Value, tag.Groups["dash"].Length > 0))
                return (line, tag.Groups["tag"]);
            if (BareLeadTag().Match(line) is { Success: true } bare && IsInitials(bare.Groups["tag"].Value))
                return (line, bare.Groups["tag"]);
        }
        return null;
    }

    // In brackets, a tag without a dash must look like an agency's initials or a domain; with a dash,
    // any short capitalised name will do ("(Dân trí) -", "(VTC News) -").
    private static bool IsOutletTag(string tag, bool dashed) =>
        tag.Trim() == tag && WordCount(tag) <= 3
        && (IsAgencyTag(tag)
            || (dashed && (char.IsUpper(tag[0]) || tag.Contains('.')) && !NotNames.Contains(tag.Split(' ')[0])));

    private static readonly HashSet<string> Onsets = [
        "",
        "b",
        "c",
        "ch",
        "d",
        "g",
        "gh",
        "gi",
        "h",
        "k",
        "kh",
        "l",
        "m",
        "n",
        "ng",
        "ngh",
        "nh",
        "p",
        "ph",
        "q",
        "qu",
        "r",
        "s",
        "t",
        "th",
        "tr",
        "v",
        "x"];
    private static readonly HashSet<string> Codas = ["", "c", "ch", "m", "n", "ng", "nh", "p", "t"];

    /// <summary>
    /// Whether a bare capitalised tag is an outlet's initials ("TTO", "PNO", "KTĐT") or a domain
    /// ("VOV.VN"), not a place dateline ("CANADA -", "HUẾ -", "TP.HCM -"): initials are not words, so
    /// they have no vowel, or one that no Vietnamese syllable could be built around.
    /// </summary>
    private static bool IsInitials(string tag)
    {
        if (Agencies.ContainsKey(tag) || tag.EndsWith(".VN", StringComparison.OrdinalIgnoreCase)) return true;
        if (tag.StartsWith("TP", StringComparison.Ordinal)) return false;
        var letters = new string(VietnameseText.Fold(tag).Where(char.IsAsciiLetter).ToArray());
        var vowels = letters.Select(c => "aeiouy".Contains(c)).ToList();
        var firstVowel = vowels.IndexOf(true);
        if (firstVowel < 0) return true;
        var lastVowel = vowels.LastIndexOf(true);
        // Two syllables: a word.
        if (vowels.Skip(firstVowel).Take(lastVowel - firstVowel + 1).Contains(false)) return false;
        return !(Onsets.Contains(letters[..firstVowel]) && Codas.Contains(letters[(lastVowel + 1)..]));
    }

    private static bool IsTitle(string line)
    {
        var words = WordCount(line);
        if (words < 2 || words > 40 || line.Length > 250) return false;
        if (line.EndsWith('.') && !line.EndsWith("...", StringComparison.Ordinal)) return false;
        if (LeadTag().IsMatch(line) || LeadDate().IsMatch(VietnameseText.Fold(line))) return false;
        // "iOS 18 ..." is capitalised inside its first word.
        return line.Split(' ')[0].Any(char.IsUpper) || char.IsDigit(line[0]);
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
        while (suffix < a.Length - prefix && suffix < b.Length - prefix && a[^(suffix + 1)] == b[^(suffix + 1)])
            suffix++;
        return WithinEditDistance(
            a.AsSpan(prefix, a.Length - prefix - suffix),
            b.AsSpan(prefix, b.Length - prefix - suffix),
            allowed);
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
                var cost = Math.Min(
                    Math.Min(current[j - 1], previous[j]) + 1,
                    previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
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
        Agencies.ContainsKey(tag) || (tag.Length <= 8 && tag.All(c => char.IsUpper(c) || c == '.')) || tag.Contains(
            ".vn",
            StringComparison.OrdinalIgnoreCase);

    internal static int WordCount(string text) =>
        text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Count(w => w.Any(char.IsLetterOrDigit));
}
