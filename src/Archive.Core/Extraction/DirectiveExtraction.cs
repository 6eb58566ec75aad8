using System.Globalization;
using System.Text.RegularExpressions;
using Archive.Model;
using Archive.Text;

namespace Archive.Extraction;

/// <summary>
/// Finds every Party or State document a text cites: coded references ("Kết luận số 32-KL/TW ngày
/// 5/7/2018 của Bộ Chính trị", "Quyết định 123/QĐ-TTg") and uncoded ones ("Nghị quyết 15",
/// "Chỉ thị 31 của Thành ủy"), one entry per distinct directive.
/// </summary>
public static partial class DirectiveExtraction
{
    /// <summary>Issuers whose documents are Party documents, written "number-TYPE/ISSUER".</summary>
    internal static readonly HashSet<string> PartyIssuers =
        ["TW", "TU", "HU", "QU", "ĐU", "ĐUK", "BCSĐ", "BCT", "BBT", "TƯ"];

    private static readonly string[] MajorBodies =
    [
        "Bộ Chính trị", "Ban Bí thư", "Ban Chấp hành Trung ương", "Ban Thường vụ Tỉnh ủy",
        "Ban Thường vụ Thành ủy", "Thủ tướng Chính phủ", "Chính phủ", "Quốc hội", "Ủy ban Thường vụ Quốc hội",
    ];

    // The kinds a text cites by number alone ("Kết luận 32"), and every kind, which may stand before a code.
    private static readonly string CitedByNumber =
        string.Join('|', DirectiveTypes.Names(DirectiveTypes.CitedByNumber));
    private static readonly string AnyKind = string.Join('|', DirectiveTypes.Names(DirectiveTypes.All));

    // Party form "12-NQ/TW", also "12- NQ/TW", "12 – NQ/TƯ", "07-Ctr/TU".
    [GeneratedRegex(
        @"(?<![\p{L}\d/])(?<num>\d{1,5}[a-z]?)\s?[-–—‑‐]\s?"
        + @"(?<abbr>\p{Lu}\p{L}{0,4})\s?/\s?(?<iss>\p{Lu}\p{L}{0,9})(?![\p{L}\d])")]
    private static partial Regex PartyCode();

    // State form "59/2019/NĐ-CP", "12/CT-TTg", "45/UBND-VX", "53/QĐ-UBND-TC"; Party documents also written
    // "12/NQ-TW".
    [GeneratedRegex(
        @"(?<![\p{L}\d/])(?<num>\d{1,5})\s?(?:/\s?(?<year>(?:19|20)\d\d)\s?)?/\s?(?<abbr>\p{Lu}\p{L}{0,5})\s?[-–]\s?"
        + @"(?<iss>\p{Lu}[\p{L}\d]{0,11}(?:-[\p{Lu}\d]{1,8})*)(?![\p{L}\d])")]
    private static partial Regex StateCode();

    // Laws and the National Assembly's resolutions: "59/2020/QH14", "821/2009/UBTVQH12".
    [GeneratedRegex(
        @"(?<![\p{L}\d/])(?<num>\d{1,5})\s?/\s?(?<year>(?:19|20)\d\d)\s?/\s?"
        + @"(?<iss>\p{Lu}[\p{Lu}\d]{1,11})(?![\p{L}\d/\-–])")]
    private static partial Regex YearCode();

    // A bare "number/ISSUER" ("541/PC03") is a code only right after a kind and "số": "Công văn số 541/PC03".
    private static readonly Regex BareCodePattern = new(
        $@"(?<=(?i:{AnyKind})\s+(?i:số)\s*:?\s*)"
            + @"(?<num>\d{1,5})\s?/\s?(?<iss>\p{Lu}[\p{Lu}\d]{1,11})(?![\p{L}\d/\-–])",
        RegexOptions.Compiled);
    private static Regex BareCode() => BareCodePattern;

    [GeneratedRegex(@"^(?<num>\d{1,5})\s?/\s?(?<iss>\p{Lu}[\p{Lu}\d]{1,11})$")]
    private static partial Regex WholeBareCode();

    private static readonly Regex TypeBeforePattern = new(
        $@"(?<type>{AnyKind})\s+(?:số\s*:?\s*)?$", RegexOptions.IgnoreCase | RegexOptions.Compiled);
    private static Regex TypeBefore() => TypeBeforePattern;

    private static readonly Regex UncodedMentionPattern = new(
        $@"(?<![\p{{L}}])(?<type>{CitedByNumber})\s+(?:số\s*:?\s*)?(?<num>\d{{1,4}})(?![\d\-–—‑/\p{{L}}])",
        RegexOptions.Compiled);
    private static Regex UncodedMention() => UncodedMentionPattern;

    private const string NumericDate = @"(?<d>\d{1,2})\s*(?<sep>[/.\-])\s*(?<m>\d{1,2})\s*\k<sep>\s*(?<y>\d{4})";
    private const string WordedDate = @"(?<d>\d{1,2})\s+tháng\s+(?<m>\d{1,2})\s*,?\s*năm\s+(?<y>\d{4})";

    [GeneratedRegex(
        $@"^\s*,?\s*(?:ban\s+hành\s+)?(?:ngày\s+)?(?:{NumericDate}|{WordedDate})",
        RegexOptions.IgnoreCase)]
    private static partial Regex DateAfter();

    [GeneratedRegex(@"^\s*,?\s*của\s+(?<body>[^,;.()“”""\[\]]+)", RegexOptions.IgnoreCase)]
    private static partial Regex BodyAfter();

    // The words after an issuing body's name that start what the sentence says next.
    private static readonly string[] AfterBody =
    [
        "về", "nhằm", "để", "đối với", "trong", "tại", "và", "khóa", "thực hiện", "ban hành", "đã", "năm",
        "ngày", "theo", "với", "là", "cho", "đến", "số",
    ];

    private static readonly Regex BodyEnd =
        new($@"\s+{RegexWords.Any(AfterBody)}(?:\s|$)", RegexOptions.IgnoreCase | RegexOptions.Compiled);

    public static IReadOnlyList<DirectiveReference> Find(IEnumerable<string> paragraphs) =>
        Merge(FindEach(paragraphs));

    /// <summary>Every mention, each with its own sentence, before they are merged per directive.</summary>
    public static IReadOnlyList<DirectiveReference> FindEach(IEnumerable<string> paragraphs)
    {
        var found = new List<DirectiveReference>();
        foreach (var paragraph in paragraphs)
            foreach (var sentence in Sentences.Split(paragraph))
                found.AddRange(FindInSentence(sentence));
        return found;
    }

    private static IEnumerable<DirectiveReference> FindInSentence(string sentence)
    {
        // Every reference has a number, every code a slash: most sentences need no regex at all.
        if (!sentence.AsSpan().ContainsAnyInRange('0', '9')) yield break;
        var coded = new List<(int Start, int End, DirectiveReference Reference)>();
        var codes = sentence.Contains('/')
            ? PartyCode().Matches(sentence).Concat(StateCode().Matches(sentence))
                .Concat(YearCode().Matches(sentence)).Concat(BareCode().Matches(sentence))
            : [];
        foreach (var match in codes)
        {
            if (coded.Any(c => match.Index < c.End && c.Start < match.Index + match.Length)) continue;
            if (Coded(sentence, match) is { } found) coded.Add(found);
        }
        foreach (var c in coded.OrderBy(c => c.Start)) yield return c.Reference;

        foreach (Match match in UncodedMention().Matches(sentence))
        {
            if (coded.Any(c => match.Index < c.End && c.Start < match.Index + match.Length)) continue;
            var number = match.Groups["num"].Value;
            // A year, not a number.
            if (number.Length == 4 && int.Parse(number, CultureInfo.InvariantCulture) is >= 1945 and <= 2100) continue;
            var (date, body, end) = Details(sentence, match.Index + match.Length, allowBareBody: true);
            yield return new DirectiveReference
            {
                Type = CanonicalType(match.Groups["type"].Value),
                Number = number,
                IssuingBody = body,
                Date = date,
                Subject = Subject(sentence, end),
                Mention = sentence[match.Index..end].Trim(),
                Sentence = sentence,
            };
        }
    }

    private static (int, int, DirectiveReference)? Coded(string sentence, Match match)
    {
        if (CodeOf(match) is not { } parts) return null;
        var (code, abbreviation, issuer) = parts;
        var number = match.Groups["num"].Value;
        var start = match.Index;
        var typeMatch = TypeBefore().Match(sentence[..match.Index]);
        string type;
        if (typeMatch.Success)
        {
            type = CanonicalType(typeMatch.Groups["type"].Value);
            start = typeMatch.Index;
        }
        else
        {
            type = (abbreviation is null ? null : DirectiveTypes.ByAbbreviation(abbreviation)?.Name)
                   ?? DirectiveTypes.AnyDocument;
        }

        var (date, body, end) = Details(sentence, match.Index + match.Length, allowBareBody: false);
        return (start, end, new DirectiveReference
        {
            Code = code,
            Type = type,
            Number = number,
            Issuer = issuer,
            IssuingBody = body,
            Date = date,
            Subject = Subject(sentence, end),
            Mention = sentence[start..end].Trim(),
            Sentence = sentence,
        });
    }

    /// <summary>Date and issuing body written right after a reference, and where the mention ends.</summary>
    private static (DateOnly?, string?, int) Details(string sentence, int end, bool allowBareBody)
    {
        DateOnly? date = null;
        var dateMatch = DateAfter().Match(sentence[end..]);
        if (dateMatch.Success && DateExpressions.ToDate(dateMatch) is { } parsed)
        {
            date = parsed;
            end += dateMatch.Length;
        }

        string? body = null;
        var bodyMatch = BodyAfter().Match(sentence[end..]);
        if (bodyMatch.Success)
        {
            var text = bodyMatch.Groups["body"].Value;
            var stop = BodyEnd.Match(text);
            if (stop.Success) text = text[..stop.Index];
            var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length is > 0 and <= 8 && char.IsUpper(words[0][0]))
            {
                body = IssuingBody(string.Join(' ', words));
                end += bodyMatch.Groups["body"].Index + text.TrimEnd().Length;
            }
        }
        else if (allowBareBody)
        {
            // "Chỉ thị số 48 Bộ Chính trị (khóa X)": a major body named without "của".
            var rest = sentence[end..].TrimStart();
            var major = MajorBodies.FirstOrDefault(b => rest.StartsWith(b, StringComparison.OrdinalIgnoreCase));
            if (major is not null)
            {
                body = major;
                end = sentence.Length - rest.Length + major.Length;
            }
        }
        return (date, body, end);
    }

    [GeneratedRegex(@"^\s*(?:\([^)]{1,20}\)\s*)?,?\s*về\s+(?<subject>[^;.()“”""]{3,400})", RegexOptions.IgnoreCase)]
    private static partial Regex SubjectAfter();

    /// <summary>
    /// What the directive is about, when the sentence says: "... của Bộ Chính trị về tình hình an ninh trật tự ...".
    /// </summary>
    private static string? Subject(string sentence, int end)
    {
        var match = SubjectAfter().Match(sentence[end..]);
        if (!match.Success) return null;
        var words = match.Groups["subject"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 2 and <= 40 ? string.Join(' ', words).TrimEnd(',', ' ') : null;
    }

    private static string IssuingBody(string text)
    {
        var canonical = VietnameseText.Canonicalize(text);
        return MajorBodies.FirstOrDefault(b => canonical.StartsWith(b, StringComparison.OrdinalIgnoreCase))
               ?? canonical;
    }

    // Every type the patterns match is in the table.
    private static string CanonicalType(string written) => DirectiveTypes.CanonicalName(written) ?? written;

    /// <summary>
    /// The canonical code of a match of one of the code patterns, with its kind's abbreviation (null for
    /// "59/2020/QH14") and issuer; null when the match is not a code after all.
    /// </summary>
    private static (string Code, string? Abbreviation, string Issuer)? CodeOf(Match match)
    {
        var writtenIssuer = match.Groups["iss"].Value;
        if (!InCapitals(writtenIssuer) && VietnameseText.Fold(writtenIssuer) != "ttg") return null;
        var issuer = CanonicalIssuer(writtenIssuer);
        var number = match.Groups["num"].Value;
        var year = match.Groups["year"].Success ? match.Groups["year"].Value + "/" : "";
        if (!match.Groups["abbr"].Success) return ($"{number}/{year}{issuer}", null, issuer);

        var written = match.Groups["abbr"].Value;
        var known = KnownAbbreviation(written);
        var stateForm = match.Value[number.Length..].TrimStart().StartsWith('/');
        // "12/NQ-TW" is the Party's "12-NQ/TW" written the State's way.
        if (!stateForm || (year.Length == 0 && PartyIssuers.Contains(issuer)))
            return known is null ? null : ($"{number}-{known}/{issuer}", known, issuer);
        // A State code's first part is its kind ("QĐ") or the issuing office ("UBND", "BNV"), in capitals.
        var spelled = InCapitals(written) && written.Length >= 2 ? VietnameseText.Canonicalize(written) : null;
        var abbreviation = known ?? spelled;
        return abbreviation is null ? null : ($"{number}/{year}{abbreviation}-{issuer}", abbreviation, issuer);
    }

    private static bool InCapitals(string written) =>
        written.All(c => char.IsUpper(c) || char.IsDigit(c) || c == '-') && written.Any(char.IsLetter);

    /// <summary>
    /// A kind's abbreviation in its usual spelling ("QD", "Ctr" → "QĐ", "CTr"); null if no kind uses it.
    /// </summary>
    private static string? KnownAbbreviation(string written) => DirectiveTypes.ByAbbreviation(written)?.Abbreviation;

    /// <summary>"TƯ" and "TW" are one issuer; the look-alike "Ð" and a bare "D" in "ĐU" are "Đ".</summary>
    internal static string CanonicalIssuer(string written)
    {
        var issuer = VietnameseText.Canonicalize(written).ToUpperInvariant();
        if (issuer.EndsWith("TƯ", StringComparison.Ordinal)) issuer = issuer[..^2] + "TW";
        return issuer switch
        {
            "DU" => "ĐU",
            "DUK" => "ĐUK",
            "BCSD" => "BCSĐ",
            "TTG" => "TTg",
            _ => issuer,
        };
    }

    /// <summary>
    /// A code in any common written form ("32-KL/TƯ", "32 – KL/TW", "105-QD/TW", "12/NQ-TW",
    /// "59/2020/QH14"), canonical; null if it is not one. Every code <see cref="Find"/> returns is its own
    /// canonical form here, so the directive pages find each one.
    /// </summary>
    public static string? CanonicalCode(string written)
    {
        var normalized = VietnameseText.Normalize(written.Trim());
        foreach (var pattern in (Regex[])[PartyCode(), StateCode(), YearCode(), WholeBareCode()])
        {
            var match = pattern.Match(normalized);
            if (match.Success && match.Length == normalized.Length) return CodeOf(match)?.Code;
        }
        return null;
    }

    [GeneratedRegex(@"\bban\s+hành\s+(?:\S+\s+){0,3}$", RegexOptions.IgnoreCase)]
    private static partial Regex IssuedBefore();

    /// <summary>
    /// "Ngày 09/01/2017, Ban Thường vụ Tỉnh ủy đã ban hành Kế hoạch số 26-KH/TU": a directive the lead
    /// says was issued is dated by the lead's date and issued by its subject.
    /// </summary>
    public static IReadOnlyList<DirectiveReference> DateIssuedInLead(
        IReadOnlyList<DirectiveReference> directives, string lead, DateOnly? eventDate, string? organisation)
    {
        if (eventDate is null) return directives;
        var sentences = Sentences.Split(lead);
        var leadSentence = sentences.Count > 0 ? sentences[0] : null;
        return directives.Select(d =>
        {
            if (d.Date is not null || d.Sentence != leadSentence) return d;
            var at = d.Sentence.IndexOf(d.Mention, StringComparison.Ordinal);
            if (at < 0 || !IssuedBefore().IsMatch(d.Sentence[..at])) return d;
            return d with { Date = eventDate, IssuingBody = d.IssuingBody ?? organisation };
        }).ToList();
    }

    /// <summary>One reference per directive, its first sentence kept.</summary>
    public static IReadOnlyList<DirectiveReference> Merge(IEnumerable<DirectiveReference> found)
    {
        var merged = new List<DirectiveReference>();
        foreach (var reference in found)
        {
            var index = merged.FindIndex(m => SameDirective(m, reference));
            if (index < 0)
            {
                merged.Add(reference);
                continue;
            }
            var existing = merged[index];
            var primary = existing.Code is null && reference.Code is not null ? reference : existing;
            merged[index] = primary with
            {
                Code = existing.Code ?? reference.Code,
                Issuer = existing.Issuer ?? reference.Issuer,
                IssuingBody = existing.IssuingBody ?? reference.IssuingBody,
                Date = existing.Date ?? reference.Date,
                Subject = existing.Subject ?? reference.Subject,
            };
        }
        return merged;
    }

    // Party numbering restarts each term: two references with different dates are never one directive.
    private static bool SameDirective(DirectiveReference a, DirectiveReference b)
    {
        if (a.Date is not null && b.Date is not null && a.Date != b.Date) return false;
        if (a.Code is not null && b.Code is not null) return a.Code == b.Code;
        if (a.Type != b.Type || Trim(a.Number) != Trim(b.Number)) return false;
        return a.IssuingBody is null || b.IssuingBody is null || a.IssuingBody == b.IssuingBody;

        static string Trim(string number) => number.TrimStart('0') is { Length: > 0 } n ? n : "0";
    }
}
