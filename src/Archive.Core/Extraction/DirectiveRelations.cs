using System.Globalization;
using System.Text.RegularExpressions;
using Archive.Model;
using Archive.Text;

namespace Archive.Extraction;

/// <summary>One document's sentence stating a relation.</summary>
public sealed record RelationSentence(string DocumentId, string Sentence);

/// <summary>
/// <see cref="From"/> does <see cref="Kind"/> to <see cref="To"/> (in "Quyết định 20 thay thế Quyết định 15",
/// 20 replaces 15), with every sentence that says so. <see cref="Years"/>: a review's "5 năm", when stated.
/// </summary>
public sealed record DirectiveRelation(
    string From,
    RelationKind Kind,
    string To,
    int? Years,
    IReadOnlyList<RelationSentence> Sentences);

/// <summary>
/// Typed relations between two coded directives cited in one sentence, read from the words between them.
/// Precision before recall: a relation is drawn only when the words right before the second reference
/// say it and nothing but the first reference's own details (date, body, subject) stands before them, or a
/// comma alone before amends, replaces or repeals; two references joined by "và", listed with commas or in
/// different clauses relate nothing. A sentence's own document is never an end ("Hội nghị sơ kết 5 năm thực
/// hiện Nghị quyết 35"): its kind and code are seldom written, so only relations between two cited codes are
/// drawn.
/// </summary>
public static partial class DirectiveRelations
{
    private const int MaxGap = 240;

    // The words before the second reference, last in the gap; each group is the kind it states, a "By"
    // group the passive ("A được thay thế bởi B": B replaces A). The match that starts leftmost wins, so
    // "tiếp tục thực hiện" and "được thay thế bởi" are read whole, not as their last words.
    // "cụ thể hóa" in either tone placement, as every pattern spells its words (RegexWords).
    private static readonly string Concretise = RegexWords.Any("cụ thể hóa");

    private static readonly string Cue =
        @"(?<Continues>tiếp\s+tục\s+(?:(?:đẩy\s+mạnh|tăng\s+cường|lãnh\s+đạo,?|chỉ\s+đạo)\s+(?:việc\s+)?)*"
        + @"(?:thực\s+hiện|triển\s+khai)(?:\s+thực\s+hiện)?)"
        + @"|(?<Reviews>(?:sơ|tổng)\s+kết(?:\s+(?<years>\d{1,2})\s+năm)?"
        + @"(?:\s+(?:việc\s+)?(?:thực\s+hiện|triển\s+khai(?:\s+thực\s+hiện)?))?)"
        + @"|(?<AmendsBy>(?:đã\s+)?được\s+(?:sửa\s+đổi(?:,?\s+bổ\s+sung)?|bổ\s+sung)\s+(?:tại|bởi|theo|bằng)"
        + @"|(?:sửa\s+đổi(?:,?\s+bổ\s+sung)?)\s+bởi)"
        + @"|(?<Amends>sửa\s+đổi(?:,?\s+bổ\s+sung)?)"
        + @"|(?<ReplacesBy>(?:đã\s+)?được\s+thay\s+thế\s+(?:bởi|bằng|tại))"
        + @"|(?<Replaces>thay\s+thế(?:\s+cho)?)"
        + @"|(?<RepealsBy>(?:(?:đã\s+)?(?:bị|được)\s+bãi\s+bỏ|hết\s+hiệu\s+lực(?:\s+thi\s+hành)?)"
        + @"\s+(?:bởi|tại|theo|kể\s+từ\s+ngày|khi))"
        + @"|(?<Repeals>bãi\s+bỏ)"
        + @"|(?<GuidesBy>được\s+hướng\s+dẫn\s+(?:tại|bởi))"
        + @"|(?<Guides>hướng\s+dẫn(?:\s+(?:việc\s+)?(?:thực\s+hiện|thi\s+hành|triển\s+khai))?)"
        + @"|(?<CarriesOut>(?:quán\s+triệt,?\s+)?(?:triển\s+khai\s+)?"
        + $@"(?:thực\s+hiện|triển\s+khai|quán\s+triệt|{Concretise}))";

    // The kind written before a code, when the mention does not hold it: "Chương trình hành động số".
    private static readonly string Kind =
        $@"(?:\s+{RegexWords.Any(DirectiveTypes.Names(DirectiveTypes.All))}(?:\s+hành\s+động)?)?";

    // Between the words and the reference: an article or clause ("một số điều của"), the kind, "số".
    private static readonly string Filler =
        @"(?:\s+(?:(?:một\s+số|các|những)\s+(?:điều|khoản|nội\s+dung|quy\s+định)|(?:điều|khoản)\s+\d+(?:,\s*\d+)*)"
        + @"\s+(?:của|tại))?"
        + $@"{Kind}(?:\s+số)?\s*$";

    private static readonly Regex Stated = new(
        $@"(?<![\p{{L}}])(?:{Cue}){Filler}",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    // Before the words, only the first reference's details: a comma, a semicolon or a conjunction starts
    // another clause or a list, whose verb is not the first reference's; "được" before them is a passive
    // the cue did not read ("được sửa đổi một số điều tại").
    private static readonly Regex OtherClause = new(
        @"[,;:!?]|(?<!\p{L})(?:và|hoặc|cùng|với|đồng\s+thời|cũng\s+như|theo|yêu\s+cầu|đề\s+nghị|chỉ\s+đạo"
        + @"|ban\s+hành|giao(?!\s+(?:dịch|thông|lưu|tiếp|thương|ban)))(?!\p{L})|(?<!\p{L})(?:được|bị)\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    // "Thực hiện Kết luận 05-KL/TW, Ban Thường vụ đã ban hành Kế hoạch 26-KH/TU": the second carries out the first.
    private static readonly Regex LeadingCue = new(
        @"^\s*(?:(?:để|nhằm)\s+)?(?<continues>tiếp\s+tục\s+)?(?:quán\s+triệt,?\s+)?(?:triển\s+khai\s+)?"
        + $@"(?:thực\s+hiện|triển\s+khai|{Concretise})"
        + $@"{Kind}(?:\s+số)?\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    // "Quyết định số 24/2017/QĐ-TTg, thay thế Quyết định số 69/2013/QĐ-TTg": a comma alone before these words
    // sets them beside the first reference. Not before "thực hiện", "hướng dẫn", "tiếp tục", "sơ kết":
    // "quán triệt Chỉ thị 05, triển khai Kết luận 01" lists what someone else did to each.
    private static readonly RelationKind[] SaidInApposition =
        [RelationKind.Amends, RelationKind.Replaces, RelationKind.Repeals];

    private static readonly Regex IssuedAfterComma = new(
        @"^[^,;:]*,[^,;:]{0,80}?(?<!\p{L})(?:đã\s+)?ban\s+hành"
        + $@"{Kind}(?:\s+số)?\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    [GeneratedRegex(@"“[^“”]*”|""[^""]*""|\([^()]*\)")]
    private static partial Regex Enclosed();

    // A date set off by commas is the first reference's own: "Nghị định số 11/2012/NĐ-CP, ngày 22/2/2012, sửa đổi".
    [GeneratedRegex(@",\s*ngày\s+\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}\s*,")]
    private static partial Regex DateInCommas();

    /// <summary>
    /// The relations each sentence states, read from every mention of a document (not the references merged
    /// per directive, which keep only the first sentence citing each): once per sentence.
    /// </summary>
    public static IReadOnlyList<StatedRelation> InSentences(IEnumerable<DirectiveReference> mentions)
    {
        var stated = new List<StatedRelation>();
        foreach (var sentence in mentions.Where(m => m.Code is not null).GroupBy(m => m.Sentence))
        {
            // The references come in the sentence's order: each is looked for after the one before, so that a
            // code written twice ("Nghị định 109/2013/NĐ-CP … sửa đổi Nghị định 109/2013/NĐ-CP") is at both places.
            var searched = 0;
            var placed = sentence
                .Select(m =>
                {
                    var place = Placed(m, searched);
                    if (place.At >= 0) searched = place.CodeEnd;
                    return place;
                })
                .Where(p => p.At >= 0).DistinctBy(p => p.At).OrderBy(p => p.At).ToList();
            foreach (var (from, kind, to, years) in InSentence(sentence.Key, placed))
            {
                var relation = new StatedRelation(from, kind, to, years, sentence.Key);
                if (!stated.Contains(relation)) stated.Add(relation);
            }
        }
        return stated;
    }

    /// <summary>
    /// Each relation (from, kind, to, years) once, with every sentence of every document stating it, in the
    /// order first stated.
    /// </summary>
    public static List<DirectiveRelation> Merge(IEnumerable<(string DocumentId, StatedRelation Relation)> stated)
    {
        var relations = new Dictionary<(string, RelationKind, string, int?), List<RelationSentence>>();
        foreach (var (documentId, r) in stated)
        {
            if (!relations.TryGetValue((r.From, r.Kind, r.To, r.Years), out var said))
                relations[(r.From, r.Kind, r.To, r.Years)] = said = [];
            var evidence = new RelationSentence(documentId, r.Sentence);
            if (!said.Contains(evidence)) said.Add(evidence);
        }
        return relations
            .Select(r => new DirectiveRelation(r.Key.Item1, r.Key.Item2, r.Key.Item3, r.Key.Item4, r.Value))
            .ToList();
    }

    /// <summary>
    /// Where a reference starts, and where its code as written ends: the words after the code are read, not
    /// after the whole mention, whose issuing body may have run on into the verb ("của Bộ Chính trị yêu cầu").
    /// </summary>
    private static (string Code, int At, int CodeEnd) Placed(DirectiveReference reference, int from)
    {
        var at = reference.Sentence.IndexOf(reference.Mention, from, StringComparison.Ordinal);
        var number = reference.Mention.IndexOf(reference.Number, StringComparison.Ordinal);
        if (at < 0 || number < 0) return (reference.Code!, -1, -1);
        var end = reference.Mention.IndexOfAny([' ', ',', ';', ')', '('], number);
        return (reference.Code!, at, at + (end < 0 ? reference.Mention.Length : end));
    }

    private static IEnumerable<(string From, RelationKind Kind, string To, int? Years)> InSentence(
        string sentence, List<(string Code, int At, int CodeEnd)> placed)
    {
        for (var i = 0; i + 1 < placed.Count; i++)
        {
            var (first, second) = (placed[i], placed[i + 1]);
            if (second.At < first.CodeEnd || second.At - first.CodeEnd > MaxGap || first.Code == second.Code)
                continue;
            var gap = sentence[first.CodeEnd..second.At];
            if (i == 0 && Leading(sentence[..first.At], gap) is { } kind)
            {
                yield return (second.Code, kind, first.Code, null);
                continue;
            }
            // A quotation or bracket is the first reference's title or an aside, and one left open holds the
            // second, unless a bracket opens right on the words: "Nghị định 163/2006/NĐ-CP (sửa đổi, bổ sung
            // bởi Nghị định 11/2012/NĐ-CP)" says of the first what the second does to it.
            var plain = DateInCommas().Replace(Enclosed().Replace(gap, " "), " ");
            var bracket = plain.IndexOf('(', StringComparison.Ordinal);
            var before = bracket < 0 ? "" : plain[..bracket];
            if (bracket >= 0)
            {
                if (OtherClause.IsMatch(before) || before.IndexOfAny(['“', '”', '"', ')']) >= 0) continue;
                plain = plain[(bracket + 1)..];
            }
            if (plain.IndexOfAny(['“', '”', '"', '(', ')']) >= 0) continue;
            if (Stated.Match(plain) is not { Success: true } stated) continue;
            var (relation, passive) = KindOf(stated);
            var head = plain[..stated.Index];
            if (OtherClause.IsMatch(head) && !InApposition(head, relation, passive, ListedBefore(sentence, placed, i)))
                continue;
            if (bracket >= 0 && head.Trim() is not ("" or "đã")) continue;
            int? years = stated.Groups["years"].Success
                ? int.Parse(stated.Groups["years"].Value, CultureInfo.InvariantCulture)
                : null;
            yield return passive
                ? (second.Code, relation, first.Code, years)
                : (first.Code, relation, second.Code, years);
        }
    }

    // ", sửa đổi …" right after the first reference, and ", và được sửa đổi tại …", whose passive can only be
    // said of it; unless that reference ends a list: in "Nghị định A, Quyết định B, sửa đổi Thông tư C" the
    // words may be said of both.
    private static bool InApposition(string head, RelationKind relation, bool passive, string? listedBefore) =>
        (head.Trim() == "," || (passive && AndBefore().IsMatch(head)))
        && SaidInApposition.Contains(relation)
        && (listedBefore is null || !ListJoiner().IsMatch(listedBefore) || Stated.IsMatch(listedBefore));

    // The words between reference i and the one before it, null for the first.
    private static string? ListedBefore(string sentence, List<(string Code, int At, int CodeEnd)> placed, int i) =>
        i == 0 ? null : sentence[Math.Min(placed[i - 1].CodeEnd, placed[i].At)..placed[i].At];

    [GeneratedRegex(@"^\s*,?\s*và\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex AndBefore();

    [GeneratedRegex(@"[,;]|(?<!\p{L})(?:và|hoặc)(?!\p{L})", RegexOptions.IgnoreCase)]
    private static partial Regex ListJoiner();

    private static RelationKind? Leading(string before, string gap)
    {
        if (LeadingCue.Match(before) is not { Success: true } cue) return null;
        if (!IssuedAfterComma.IsMatch(Enclosed().Replace(gap, " "))) return null;
        return cue.Groups["continues"].Success ? RelationKind.Continues : RelationKind.CarriesOut;
    }

    private static (RelationKind Kind, bool Passive) KindOf(Match stated)
    {
        foreach (var kind in Enum.GetValues<RelationKind>())
        {
            if (stated.Groups[kind.ToString()].Success) return (kind, false);
            if (stated.Groups[kind + "By"] is { Success: true }) return (kind, true);
        }
        throw new InvalidOperationException("A cue matched without a kind.");
    }
}
