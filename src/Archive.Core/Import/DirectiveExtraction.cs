using System.Text.RegularExpressions;
using Archive.Model;
using Archive.Text;

namespace Archive.Import;

/// <summary>
/// Finds every Party or State document a text cites: coded references ("Kết luận số 32-KL/TW ngày
/// 5/7/2018 của Bộ Chính trị", "Quyết định 123/QĐ-TTg") and uncoded ones ("Nghị quyết 15",
/// "Chỉ thị 31 của Thành ủy"), one entry per distinct directive.
/// </summary>
public static partial class DirectiveExtraction
{
    /// <summary>Document kinds and the abbreviation their codes use.</summary>
    private static readonly (string Type, string Abbreviation)[] Kinds =
    [
        ("Nghị quyết", "NQ"), ("Chỉ thị", "CT"), ("Kết luận", "KL"), ("Kế hoạch", "KH"),
        ("Quyết định", "QĐ"), ("Quy định", "QĐ"), ("Chương trình", "CTr"), ("Thông báo", "TB"),
        ("Hướng dẫn", "HD"), ("Quy chế", "QC"), ("Đề án", "ĐA"), ("Báo cáo", "BC"), ("Công văn", "CV"),
        ("Thông tri", "TT"), ("Thông tư", "TT"), ("Tờ trình", "TTr"), ("Nghị định", "NĐ"),
    ];

    /// <summary>Issuers whose documents are Party documents, written "number-TYPE/ISSUER".</summary>
    private static readonly HashSet<string> PartyIssuers = ["TW", "TU", "HU", "QU", "ĐU", "ĐUK", "BCSĐ", "BCT", "BBT", "TƯ"];

    private static readonly string[] MajorBodies =
    [
        "Bộ Chính trị", "Ban Bí thư", "Ban Chấp hành Trung ương", "Ban Thường vụ Tỉnh ủy",
        "Ban Thường vụ Thành ủy", "Thủ tướng Chính phủ", "Chính phủ", "Quốc hội", "Ủy ban Thường vụ Quốc hội",
    ];

    private const string TypeWords = "Nghị quyết|Chỉ thị|Kết luận|Kế hoạch|Quyết định|Quy định|Chương trình|Thông báo|Hướng dẫn|Quy chế|Đề án|Báo cáo|Công văn|Thông tri|Thông tư|Tờ trình|Nghị định";

    [GeneratedRegex(@"(?<![\p{L}\d/])(?<num>\d{1,4}[a-z]?)\s?[-–—‑‐]\s?(?<abbr>\p{Lu}\p{L}{0,3})\s?/\s?(?<iss>\p{Lu}[\p{L}]{0,9})(?![\p{L}\d])")]
    private static partial Regex PartyCode();

    [GeneratedRegex(@"(?<![\p{L}\d/])(?<num>\d{1,5})\s?(?:/\s?(?<year>(?:19|20)\d\d)\s?)?/\s?(?<abbr>\p{Lu}\p{L}{0,3})\s?[-–]\s?(?<iss>\p{Lu}[\p{L}\d]{0,11})(?![\p{L}\d])")]
    private static partial Regex StateCode();

    [GeneratedRegex($@"(?<type>{TypeWords})\s+(?:số\s*:?\s*)?$", RegexOptions.IgnoreCase)]
    private static partial Regex TypeBefore();

    [GeneratedRegex($@"(?<![\p{{L}}])(?<type>{TypeWords})\s+(?:số\s*:?\s*)?(?<num>\d{{1,4}})(?![\d\-–—‑/\p{{L}}])")]
    private static partial Regex UncodedMention();

    [GeneratedRegex(@"^\s*,?\s*(?:ban\s+hành\s+)?(?:ngày\s+)?(?:(?<d>\d{1,2})\s*(?<sep>[/.\-])\s*(?<m>\d{1,2})\s*\k<sep>\s*(?<y>\d{4})|(?<d>\d{1,2})\s+tháng\s+(?<m>\d{1,2})\s*,?\s*năm\s+(?<y>\d{4}))", RegexOptions.IgnoreCase)]
    private static partial Regex DateAfter();

    [GeneratedRegex(@"^\s*,?\s*của\s+(?<body>[^,;.()“”""\[\]]+)", RegexOptions.IgnoreCase)]
    private static partial Regex BodyAfter();

    [GeneratedRegex(@"\s+(?:về|nhằm|để|đối\s+với|trong|tại|và|khóa|khoá|thực\s+hiện|ban\s+hành|đã|năm|ngày|theo|với|là|cho|đến|số)(?:\s|$)", RegexOptions.IgnoreCase)]
    private static partial Regex BodyEnd();

    public static IReadOnlyList<DirectiveReference> Find(IEnumerable<string> paragraphs)
    {
        var found = new List<DirectiveReference>();
        foreach (var paragraph in paragraphs)
            foreach (var sentence in Sentences.Split(paragraph))
                found.AddRange(FindInSentence(sentence));
        return Merge(found);
    }

    private static IEnumerable<DirectiveReference> FindInSentence(string sentence)
    {
        // Every reference has a number, every code a slash: most sentences need no regex at all.
        if (!sentence.AsSpan().ContainsAnyInRange('0', '9')) yield break;
        var coded = new List<(int Start, int End, DirectiveReference Reference)>();
        var codes = sentence.Contains('/') ? PartyCode().Matches(sentence).Concat(StateCode().Matches(sentence)) : [];
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
            if (number.Length == 4 && int.Parse(number) is >= 1945 and <= 2100) continue; // a year, not a number
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
        var abbreviation = CanonicalAbbreviation(match.Groups["abbr"].Value);
        if (abbreviation is null) return null;
        var issuer = CanonicalIssuer(match.Groups["iss"].Value);
        var number = match.Groups["num"].Value;
        var isStateForm = match.Groups["year"].Success || match.Value.IndexOf('/') < match.Value.IndexOfAny(['-', '–']);
        var party = PartyIssuers.Contains(issuer);
        string code;
        if (party || !isStateForm) code = $"{number}-{abbreviation}/{issuer}";
        else code = match.Groups["year"].Success ? $"{number}/{match.Groups["year"].Value}/{abbreviation}-{issuer}" : $"{number}/{abbreviation}-{issuer}";

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
            type = Kinds.First(k => k.Abbreviation == abbreviation).Type;
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
            var stop = BodyEnd().Match(text);
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

    /// <summary>What the directive is about, when the sentence says: "... của Bộ Chính trị về tình hình an ninh trật tự ...".</summary>
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
        return MajorBodies.FirstOrDefault(b => canonical.StartsWith(b, StringComparison.OrdinalIgnoreCase)) ?? canonical;
    }

    private static string CanonicalType(string written) =>
        Kinds.First(k => k.Type.Equals(VietnameseText.Canonicalize(written), StringComparison.OrdinalIgnoreCase)).Type;

    private static string? CanonicalAbbreviation(string written)
    {
        var folded = VietnameseText.Fold(written).ToUpperInvariant();
        return Kinds.Select(k => k.Abbreviation).FirstOrDefault(a => VietnameseText.Fold(a).ToUpperInvariant() == folded);
    }

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

    /// <summary>A code in any common written form ("32-KL/TƯ", "32 – KL/TW", "105-QD/TW"), canonical; null if it is not one.</summary>
    public static string? CanonicalCode(string written)
    {
        var normalized = VietnameseText.Normalize(written.Trim());
        var match = PartyCode().Match(normalized);
        if (!match.Success || match.Length != normalized.Length)
            match = StateCode().Match(normalized);
        if (!match.Success || match.Length != normalized.Length) return null;
        return Coded(normalized, match)?.Item3.Code;
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
        var leadSentence = Sentences.Split(lead).FirstOrDefault();
        return directives.Select(d =>
        {
            if (d.Date is not null || d.Sentence != leadSentence) return d;
            var at = d.Sentence.IndexOf(d.Mention, StringComparison.Ordinal);
            if (at < 0 || !IssuedBefore().IsMatch(d.Sentence[..at])) return d;
            return d with { Date = eventDate, IssuingBody = d.IssuingBody ?? organisation };
        }).ToList();
    }

    private static IReadOnlyList<DirectiveReference> Merge(List<DirectiveReference> found)
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
