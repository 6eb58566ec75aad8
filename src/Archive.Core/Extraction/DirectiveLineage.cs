using System.Text.RegularExpressions;
using Archive.Model;
using Archive.Text;

namespace Archive.Extraction;

/// <summary>
/// "Kế hoạch số 26-KH/TU thực hiện Kết luận số 05-KL/TW": <see cref="From"/> carries out <see cref="To"/>,
/// as the evidence sentence of a document says.
/// </summary>
public sealed record DirectiveLink(string From, string To, string Sentence, string DocumentId);

/// <summary>Which directive carries out which, read from sentences that cite two of them.</summary>
public static partial class DirectiveLineage
{
    // Between two references, words that say the first carries out the second.
    private static readonly string[] CarryingOut =
        ["thực hiện", "triển khai", "quán triệt", "cụ thể hóa", "sơ kết", "tổng kết"];

    private static readonly Regex CarriesOut =
        new($@"\b{RegexWords.Any(CarryingOut)}\b", RegexOptions.IgnoreCase | RegexOptions.Compiled);
    private const int MaxGap = 200;

    /// <summary>
    /// Links read from sentences that cite two directives with "thực hiện" (or the like) between them.
    /// </summary>
    public static List<DirectiveLink> Read(IEnumerable<(string DocumentId, DirectiveReference Reference)> citations)
    {
        var links = new List<DirectiveLink>();
        var bySentence = citations
            .Where(c => c.Reference.Code is not null)
            .GroupBy(c => (c.DocumentId, c.Reference.Sentence));
        foreach (var sentence in bySentence)
        {
            var placed = sentence
                .Select(c => (
                    c.Reference.Code,
                    At: c.Reference.Sentence.IndexOf(c.Reference.Mention, StringComparison.Ordinal),
                    c.Reference.Mention.Length))
                .Where(p => p.At >= 0).OrderBy(p => p.At).ToList();
            for (var i = 0; i + 1 < placed.Count; i++)
            {
                var (from, next) = (placed[i], placed[i + 1]);
                var gapStart = from.At + from.Length;
                if (next.At < gapStart || next.At - gapStart > MaxGap || from.Code == next.Code) continue;
                if (!CarriesOut.IsMatch(sentence.Key.Sentence[gapStart..next.At])) continue;
                if (links.Any(l => l.From == from.Code && l.To == next.Code && l.DocumentId == sentence.Key.DocumentId))
                    continue;
                links.Add(new DirectiveLink(from.Code!, next.Code!, sentence.Key.Sentence, sentence.Key.DocumentId));
            }
        }
        return links;
    }
}
