using System.Text;
using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using System.Text.Unicode;
using Archive.Index;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Archive.Search;

/// <summary>
/// The best one or two passages of a hit's body, HTML-escaped, with the matched words in &lt;mark&gt;.
/// Matches come from the folded body's term vector (offsets into the original text), so a folded
/// match is marked too: "nhung" marks "nhũng".
/// </summary>
internal static partial class Snippets
{
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);
    private const int MaxPassage = 320;
    private const int Context = 110;

    [GeneratedRegex(@"[^.!?…\n]+(?:[.!?…]+[”""’)]*|$)")]
    private static partial Regex Passage();

    public static IReadOnlyList<string> Build(IndexReader reader, int doc, string body, IReadOnlySet<string> terms, int max = 2)
    {
        var matches = MatchedSpans(reader, doc, terms);
        var passages = Passage().Matches(body).Where(p => p.Value.Trim().Length > 0)
            .Select(p => (Start: p.Index, End: p.Index + p.Length)).ToList();
        if (passages.Count == 0) return [];
        if (matches.Count == 0) return [Render(body, passages[0], matches)];

        var best = passages
            .Select(p => (Passage: p, Inside: matches.Where(m => m.Start >= p.Start && m.End <= p.End).ToList()))
            .Where(p => p.Inside.Count > 0)
            .OrderByDescending(p => p.Inside.Select(m => m.Term).Distinct().Count())
            .ThenByDescending(p => p.Inside.Count)
            .ThenBy(p => p.Passage.Start)
            .Take(max)
            .OrderBy(p => p.Passage.Start);
        return best.Select(p => Render(body, p.Passage, p.Inside)).ToList();
    }

    /// <summary>
    /// Where the wanted words stand. A phrase ("tham nhung") is marked where its words stand together;
    /// its words alone are then not marked, so "tham" in "tham mưu" stays plain.
    /// </summary>
    private static List<(int Start, int End, string Term)> MatchedSpans(IndexReader reader, int doc, IReadOnlySet<string> wanted)
    {
        var spans = new List<(int Start, int End, string Term)>();
        var vector = reader.GetTermVector(doc, IndexSchema.BodyFolded);
        if (vector is null || wanted.Count == 0) return spans;

        var termsEnum = vector.GetEnumerator();
        var occurrences = new Dictionary<string, List<(int Position, int Start, int End)>>(StringComparer.Ordinal);
        foreach (var term in wanted.SelectMany(w => w.Split(' ')).Distinct())
            occurrences[term] = Occurrences(termsEnum, term);

        var covered = new HashSet<string>(StringComparer.Ordinal);
        foreach (var phrase in wanted.Where(w => w.Contains(' ')))
        {
            var words = phrase.Split(' ');
            var byPosition = words.Select(w => occurrences[w].ToDictionary(o => o.Position)).ToArray();
            foreach (var first in occurrences[words[0]])
            {
                if (!words.Skip(1).Select((_, i) => byPosition[i + 1].ContainsKey(first.Position + i + 1)).All(found => found)) continue;
                spans.Add((first.Start, byPosition[^1][first.Position + words.Length - 1].End, phrase));
                covered.UnionWith(words);
            }
        }
        foreach (var single in wanted.Where(w => !w.Contains(' ') && !covered.Contains(w)))
            spans.AddRange(occurrences[single].Select(o => (o.Start, o.End, single)));
        return Union(spans);
    }

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

    /// <summary>Positions and offsets of a folded term, or of every term with a prefix ("noi*").</summary>
    private static List<(int Position, int Start, int End)> Occurrences(TermsEnum termsEnum, string term)
    {
        var found = new List<(int, int, int)>();
        if (term.EndsWith('*'))
        {
            var prefix = new BytesRef(term[..^1]);
            if (termsEnum.SeekCeil(prefix) == TermsEnum.SeekStatus.END) return found;
            do
            {
                if (!StringHelper.StartsWith(termsEnum.Term, prefix)) break;
                AddOffsets(termsEnum, found);
            } while (termsEnum.MoveNext());
        }
        else if (termsEnum.SeekExact(new BytesRef(term)))
        {
            AddOffsets(termsEnum, found);
        }
        return found;
    }

    private static void AddOffsets(TermsEnum termsEnum, List<(int, int, int)> found)
    {
        var positions = termsEnum.DocsAndPositions(null, null, DocsAndPositionsFlags.OFFSETS);
        if (positions is null || positions.NextDoc() == DocIdSetIterator.NO_MORE_DOCS) return;
        for (var i = 0; i < positions.Freq; i++)
        {
            var position = positions.NextPosition();
            if (positions.StartOffset >= 0) found.Add((position, positions.StartOffset, positions.EndOffset));
        }
    }

    private static string Render(string body, (int Start, int End) passage, IReadOnlyList<(int Start, int End, string Term)> matches)
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
                windowStart = body.IndexOf(' ', windowStart) is var space and >= 0 && space < first ? space + 1 : windowStart;
                prefix = "…";
            }
            if (windowEnd < end)
            {
                windowEnd = body.LastIndexOf(' ', windowEnd) is var space and > 0 && space > windowStart ? space : windowEnd;
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
