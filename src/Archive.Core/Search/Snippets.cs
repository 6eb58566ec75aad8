using System.Text;
using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using System.Text.Unicode;
using Archive.Index.Schema;
using Archive.Text;

namespace Archive.Search;

/// <summary>
/// The best one or two passages of a hit's body, HTML-escaped, with the matched words in &lt;mark&gt;.
/// Matches are found in the body folded letter for letter (offsets stay those of the original text),
/// so a folded match is marked too: "nhung" marks "nhũng". Reading a hit's term vector instead cost
/// ten times as much (docs/performance.md, "Parts"). Where a text has a word or phrase written as
/// the query typed it (<see cref="Typed"/>), only those places are marked: "hòa giải" then marks
/// "hoà giải" but not "hóa giải". The same rule marks the document page (<see cref="Marks"/>).
/// </summary>
internal static partial class Snippets
{
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);
    private const int MaxPassage = 320;

    /// <summary>
    /// How much of a body snippets are looked for in: every real article (the longest of 15,432 is
    /// 35 KB) whole, and a document of the 4 MB source limit within bounded time and memory.
    /// </summary>
    public const int MaxText = IndexSchema.HitTextLength;
    private const int Context = 110;
    /// <summary>How many passages a hit shows.</summary>
    private const int PerHit = 2;

    [GeneratedRegex(@"[^.!?…\n]+(?:[.!?…]+[”""’)]*|$)")]
    private static partial Regex Passage();

    public static IReadOnlyList<string> Build(string body, IReadOnlySet<string> terms, ILookup<string, string> typed)
    {
        if (body.Length > MaxText) body = body[..(char.IsHighSurrogate(body[MaxText - 1]) ? MaxText - 1 : MaxText)];
        var matches = MatchedSpans(body, terms, typed);
        var passages = Passage().Matches(body).Where(p => p.Value.Trim().Length > 0)
            .Select(p => (Start: p.Index, End: p.Index + p.Length)).ToList();
        if (passages.Count == 0) return [];
        if (matches.Count == 0) return [Render(body, passages[0], matches)];

        var best = WithMatches(passages, matches)
            .OrderByDescending(p => p.Inside.Select(m => m.Term).Distinct().Count())
            .ThenByDescending(p => p.Inside.Count)
            .ThenBy(p => p.Passage.Start)
            .Take(PerHit)
            .OrderBy(p => p.Passage.Start);
        return best.Select(p => Render(body, p.Passage, p.Inside)).ToList();
    }

    /// <summary>
    /// Where the matches stand in the text: the first <paramref name="max"/> of those that begin from
    /// <paramref name="from"/> up to <paramref name="to"/> (a part of a long document), how many there
    /// are in all and before that range, and where the first of all begins.
    /// </summary>
    public static TextMarks Marks(
        string text,
        IReadOnlySet<string> terms,
        ILookup<string, string> typed,
        int max,
        int from = 0,
        int to = int.MaxValue)
    {
        var matches = MatchedSpans(text, terms, typed);
        var before = matches.Count(m => m.Start < from);
        var spans = matches.Skip(before).TakeWhile(m => m.Start < to).Take(max).Select(m => (m.Start, m.End)).ToList();
        return new TextMarks(spans, matches.Count)
        {
            Before = before,
            First = matches.Count > 0 ? matches[0].Start : null,
        };
    }

    /// <summary>
    /// The words of a query as typed, canonical and lower case, by their folded form ("hoa" → "hòa").
    /// A word typed without diacritics asked for every spelling and has none, unless the search is exact.
    /// </summary>
    public static ILookup<string, string> Typed(string query, bool exact)
    {
        var written = VietnameseText.Canonicalize(query).ToLowerInvariant();
        var folded = VietnameseText.FoldAligned(written);
        return Words(folded)
            .Select(w => (Folded: folded[w.Start..w.End], Written: written[w.Start..w.End]))
            .Where(w => exact || VietnameseText.HasDiacritics(w.Written))
            .Distinct()
            .ToLookup(w => w.Folded, w => w.Written, StringComparer.Ordinal);
    }

    /// <summary>
    /// The passages that hold a match, each with its matches: one sweep, both lists being in text order.
    /// </summary>
    private static List<((int Start, int End) Passage, List<(int Start, int End, string Term)> Inside)> WithMatches(
        List<(int Start, int End)> passages, List<(int Start, int End, string Term)> matches)
    {
        var found = new List<((int Start, int End) Passage, List<(int Start, int End, string Term)> Inside)>();
        var next = 0;
        foreach (var passage in passages)
        {
            while (next < matches.Count && matches[next].Start < passage.Start) next++;
            List<(int Start, int End, string Term)>? inside = null;
            for (var i = next; i < matches.Count && matches[i].Start < passage.End; i++)
                if (matches[i].End <= passage.End) (inside ??= []).Add(matches[i]);
            if (inside is not null) found.Add((passage, inside));
        }
        return found;
    }

    /// <summary>
    /// Where the wanted words stand. A phrase ("tham nhung") is marked where its words stand together;
    /// its words alone are then not marked, so "tham" in "tham mưu" stays plain. Of each word or
    /// phrase, the places written as typed are marked when there are any, else every folded match.
    /// </summary>
    private static List<(int Start, int End, string Term)> MatchedSpans(
        string body,
        IReadOnlySet<string> wanted,
        ILookup<string, string> typed)
    {
        var spans = new List<(int Start, int End, string Term)>();
        if (wanted.Count == 0) return spans;

        var folded = VietnameseText.FoldAligned(body);
        var words = Words(folded);
        var occurrences = Occurrences(folded, words, wanted.SelectMany(w => w.Split(' ')));

        // A word the query typed with diacritics must be written so (canonical, lower case); a prefix must start so.
        bool AsTyped(string term, int position)
        {
            var stem = term.TrimEnd('*');
            if (!typed.Contains(stem)) return true;
            var word = VietnameseText.Canonicalize(body[words[position].Start..words[position].End]).ToLowerInvariant();
            return typed[stem].Any(form =>
                term.EndsWith('*') ? word.StartsWith(form, StringComparison.Ordinal) : word == form);
        }

        var covered = new HashSet<string>(StringComparer.Ordinal);
        foreach (var phrase in wanted.Where(w => w.Contains(' ')))
        {
            var parts = phrase.Split(' ');
            var at = parts.Select(p => occurrences[p].ToHashSet()).ToArray();
            var starts = occurrences[parts[0]]
                .Where(first => Enumerable.Range(1, parts.Length - 1).All(i => at[i].Contains(first + i)))
                .ToList();
            if (starts.Count == 0) continue;
            covered.UnionWith(parts);
            var asTyped = Preferred(
                starts,
                first => parts.Select((part, i) => AsTyped(part, first + i)).All(typedHere => typedHere));
            spans.AddRange(asTyped.Select(first => (words[first].Start, words[first + parts.Length - 1].End, phrase)));
        }
        foreach (var single in wanted.Where(w => !w.Contains(' ') && !covered.Contains(w)))
            spans.AddRange(Preferred(occurrences[single], i => AsTyped(single, i))
                .Select(i => (words[i].Start, words[i].End, single)));
        return Union(spans);
    }

    /// <summary>The matches written as typed when there are any, else all of them.</summary>
    private static List<int> Preferred(List<int> matches, Func<int, bool> asTyped) =>
        matches.Where(asTyped).ToList() is { Count: > 0 } typed ? typed : matches;

    /// <summary>Overlapping marks become one: "Kết luận số 32" and "32-KL/TW" mark "Kết luận số 32-KL/TW".</summary>
    private static List<(int Start, int End, string Term)> Union(List<(int Start, int End, string Term)> spans)
    {
        var merged = new List<(int Start, int End, string Term)>();
        foreach (var span in spans.OrderBy(s => s.Start))
        {
            if (merged.Count > 0 && span.Start <= merged[^1].End)
                merged[^1] = (merged[^1].Start, Math.Max(merged[^1].End, span.End), merged[^1].Term);
            else
                merged.Add(span);
        }
        return merged;
    }

    /// <summary>
    /// The words of the folded text as the index's tokenizer cuts them for matching: runs of letters
    /// and digits, a number keeping its inner "." or "," ("1.000"). A word's index is its position.
    /// A combining mark (text saved decomposed, NFD) belongs to its letter's word.
    /// </summary>
    private static List<(int Start, int End)> Words(string folded)
    {
        var words = new List<(int Start, int End)>(folded.Length / 4);
        var i = 0;
        while (i < folded.Length)
        {
            if (!char.IsLetterOrDigit(folded[i])) { i++; continue; }
            var start = i;
            while (i < folded.Length
                   && (char.IsLetterOrDigit(folded[i])
                       || IsCombiningMark(folded[i])
                       || (folded[i] is '.' or ','
                           && i + 1 < folded.Length
                           && char.IsDigit(folded[i - 1])
                           && char.IsDigit(folded[i + 1]))))
                i++;
            words.Add((start, i));
        }
        return words;
    }

    /// <summary>
    /// The positions of each folded word, or of every word with a prefix ("noi*"): one pass over the
    /// words, each looked up once (a pass per term cost three quarters of a hit's snippets).
    /// </summary>
    private static Dictionary<string, List<int>> Occurrences(
        string folded,
        List<(int Start, int End)> words,
        IEnumerable<string> terms)
    {
        var found = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var term in terms) found.TryAdd(term, []);
        var whole = found.GetAlternateLookup<ReadOnlySpan<char>>();
        var prefixes =
            found.Where(t => t.Key.EndsWith('*')).Select(t => (Stem: t.Key[..^1], Positions: t.Value)).ToArray();
        for (var i = 0; i < words.Count; i++)
        {
            var word = folded.AsSpan(words[i].Start, words[i].End - words[i].Start);
            // Letter-for-letter folding keeps a decomposed word's combining marks; the word itself drops them.
            if (word.ContainsAnyInRange('\u0300', '\u036F')) word = VietnameseText.Fold(word.ToString());
            if (whole.TryGetValue(word, out var positions)) positions.Add(i);
            foreach (var (stem, stemmed) in prefixes)
                if (word.StartsWith(stem, StringComparison.Ordinal)) stemmed.Add(i);
        }
        return found;
    }

    private static bool IsCombiningMark(char c) => c is >= '\u0300' and <= '\u036F';

    private static string Render(
        string body,
        (int Start, int End) passage,
        IReadOnlyList<(int Start, int End, string Term)> matches)
    {
        var (start, end) = passage;
        while (start < end && char.IsWhiteSpace(body[start])) start++;
        var prefix = "";
        var suffix = "";
        if (end - start > MaxPassage)
        {
            var first = matches.Count > 0 ? matches[0].Start : start;
            var windowStart = Math.Max(start, first - Context);
            var windowEnd = Math.Min(end, windowStart + MaxPassage);
            if (windowStart > start)
            {
                windowStart =
                    body.IndexOf(' ', windowStart) is var space and >= 0 && space < first ? space + 1 : windowStart;
                prefix = "…";
            }
            if (windowEnd < end)
            {
                windowEnd =
                    body.LastIndexOf(' ', windowEnd) is var space and > 0 && space > windowStart ? space : windowEnd;
                suffix = "…";
            }
            (start, end) = (windowStart, windowEnd);
        }

        var html = new StringBuilder(prefix);
        var at = start;
        foreach (var match in matches.Where(m => m.Start >= start && m.End <= end && m.Start >= at))
        {
            html.Append(Html.Encode(body[at..match.Start]));
            html.Append("<mark>").Append(Html.Encode(body[match.Start..match.End])).Append("</mark>");
            at = match.End;
        }
        html.Append(Html.Encode(body[at..end].TrimEnd())).Append(suffix);
        return html.ToString();
    }
}

/// <summary>
/// Where a query's matches stand in a text (offsets into it, in text order), at most a page's worth, and how many there
/// are in all.
/// </summary>
public sealed record TextMarks(IReadOnlyList<(int Start, int End)> Spans, int Total)
{
    /// <summary>
    /// How many matches come before the first of <see cref="Spans"/>: the number of that first one, less one.
    /// </summary>
    public int Before { get; init; }

    /// <summary>Where the first match of the whole text begins, if there is one.</summary>
    public int? First { get; init; }
}
