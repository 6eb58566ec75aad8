using System.Text;
using System.Text.RegularExpressions;
using Archive.Model;
using Archive.Text;

namespace Archive.Extraction;

/// <summary>
/// A directive named in a search, in any of the ways people type one: "32-KL/TW", "32/KL-TW",
/// "32 KL TW", "KL 32", "Kết luận 32", "ket luan so 32", "105-QD/TW".
/// </summary>
public sealed partial record DirectiveMention(string? Code, IReadOnlyList<string> Keys, int Start, int Length)
{
    // Queries are folded: the kinds a text cites by number, and their abbreviations, folded too.
    private static readonly DirectiveTypes.Kind[] Kinds = [.. DirectiveTypes.CitedByNumber];
    private static readonly string TypeNames = string.Join('|', DirectiveTypes.Names(Kinds).Select(Fold).Distinct());
    private static readonly string Abbreviations =
        string.Join('|', DirectiveTypes.Abbreviations(Kinds).Select(Fold).Distinct());
    private static readonly string Issuers = string.Join('|', DirectiveExtraction.PartyIssuers.Select(Fold).Distinct());

    private const string Separator = @"\s*[-–—/ ]\s*";

    private static readonly Regex PartyCode = new(
        $@"(?<![a-z0-9])(?<num>\d{{1,4}}){Separator}(?<abbr>{Abbreviations}){Separator}(?<iss>{Issuers})(?![a-z0-9])",
        RegexOptions.Compiled);

    [GeneratedRegex(
        @"(?<![a-z0-9/])(?<code>\d{1,5}(?:/(?:19|20)\d\d)?/[a-z]{1,4}\s?[-–]\s?[a-z][a-z0-9]{0,11})(?![a-z0-9])")]
    private static partial Regex StateCode();

    private static readonly Regex TypeAndNumber = new(
        $@"(?<![a-z0-9])(?<type>{TypeNames}|{Abbreviations})\s+(?:so\s*:?\s*)?(?<num>\d{{1,4}})(?![a-z0-9/\-])",
        RegexOptions.Compiled);

    /// <summary>Every directive reference in a query, with where it stands (in the NFC query text).</summary>
    public static IReadOnlyList<DirectiveMention> FindAll(string query)
    {
        var folded = FoldAligned(query);
        var found = new List<DirectiveMention>();
        foreach (Match match in PartyCode.Matches(folded))
        {
            var abbreviation = match.Groups["abbr"].Value.ToUpperInvariant();
            var issuer = match.Groups["iss"].Value.ToUpperInvariant();
            var code = DirectiveExtraction.CanonicalCode($"{match.Groups["num"].Value}-{abbreviation}/{issuer}");
            if (code is null) continue;
            var type = Kinds
                .Where(k => Fold(k.Abbreviation!) == match.Groups["abbr"].Value)
                .Select(k => Key(k.Name, match.Groups["num"].Value));
            found.Add(new DirectiveMention(code, type.ToList(), match.Index, match.Length));
        }
        foreach (Match match in StateCode().Matches(folded))
        {
            if (Overlaps(found, match)) continue;
            var code = DirectiveExtraction.CanonicalCode(query.Substring(match.Index, match.Length).ToUpperInvariant());
            if (code is not null) found.Add(new DirectiveMention(code, [], match.Index, match.Length));
        }
        foreach (Match match in TypeAndNumber.Matches(folded))
        {
            if (Overlaps(found, match)) continue;
            var written = match.Groups["type"].Value;
            var keys = Kinds.Where(k => Fold(k.Name) == written || Fold(k.Abbreviation!) == written)
                .Select(k => Key(k.Name, match.Groups["num"].Value)).Distinct().ToList();
            found.Add(new DirectiveMention(null, keys, match.Index, match.Length));
        }
        return found.OrderBy(d => d.Start).ToList();
    }

    private static bool Overlaps(List<DirectiveMention> found, Match match) =>
        found.Any(f => match.Index < f.Start + f.Length && f.Start < match.Index + match.Length);

    private static string Key(string type, string number) => DirectiveTypes.Key(type, number);

    private static string Fold(string text) => VietnameseText.Fold(text);

    /// <summary>Folds character by character so positions in the folded text are positions in the query.</summary>
    internal static string FoldAligned(string nfc)
    {
        var folded = new StringBuilder(nfc.Length);
        foreach (var c in nfc)
        {
            // Half of a surrogate pair (an emoji) cannot be normalised alone, and no directive code holds one.
            var one = char.IsSurrogate(c) ? " " : VietnameseText.Fold(c.ToString());
            folded.Append(one.Length == 1 ? one[0] : ' ');
        }
        return folded.ToString();
    }
}
