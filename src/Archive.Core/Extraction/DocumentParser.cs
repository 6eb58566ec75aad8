using System.Security.Cryptography;
using System.Text;
using Archive.Model;
using Archive.Text;

namespace Archive.Extraction;

/// <summary>Turns one source file into an <see cref="ArchiveDocument"/>.</summary>
public static partial class DocumentParser
{
    private const int DerivedTitleLength = 160;

    /// <summary>The document, or null with the reason the file cannot be imported.</summary>
    public static (ArchiveDocument? Document, string? Problem) Parse(string fileName, byte[] bytes)
    {
        var (decoded, problem) = SourceDecoding.Decode(bytes);
        if (decoded is null) return (null, problem);

        // Noncharacters and surrogate halves are not text: the document keeps its place with U+FFFD
        // (as for undecodable bytes) and a warning says where each stood.
        var (text, replaced) = VietnameseText.ReplaceUnnormalizable(decoded.Text);
        var layout = Layout.Read(VietnameseText.Normalize(text));
        if (layout.Paragraphs.Count == 0 && layout.Title is null)
            return (null, "no title and no body text (only a dateline or captions)");

        var lead = layout.Paragraphs.Count > 0 ? layout.Paragraphs[0] : null;
        var title = layout.Title ?? DerivedTitle(lead!);
        var mentions = DirectiveExtraction.FindEach(layout.Paragraphs);
        var directives = DirectiveExtraction.Merge(mentions);
        var published = layout.Published;
        var publishedDate = ArchiveDocument.DateOf(published);
        var eventDate = EventDateExtraction.Find(layout.Paragraphs, publishedDate, directives);
        var (organisation, organisationEvidence) =
            OrganisationExtraction.FindWithEvidence(layout.Title, layout.Paragraphs, eventDate.At);
        if (lead is not null)
            directives = DirectiveExtraction.DateIssuedInLead(directives, lead, eventDate.Date, organisation);
        var (people, peopleEvidence) =
            PeopleExtraction.FindWithEvidence(layout.Paragraphs, layout.Captions, layout.Title);

        var evidence = new List<Evidence>(layout.Evidence);
        if (layout.Title is null)
        {
            var shown = title.TrimEnd('…');
            evidence.Add(Evidence.In(EvidencePart.Paragraph, 0, lead!, 0,
                lead!.StartsWith(shown, StringComparison.Ordinal) ? shown.Length : 0, "title", title,
                "title: first sentence (no title line)"));
        }
        if (eventDate.Evidence is not null) evidence.Add(eventDate.Evidence);
        if (organisationEvidence is not null) evidence.Add(organisationEvidence);
        evidence.AddRange(peopleEvidence);
        evidence.AddRange(DirectiveEvidence(directives, layout.Paragraphs));

        var location = Provinces.NamedIn(organisation) ?? Provinces.NamedIn(title)
                       ?? Provinces.InPublicationName(layout.Source) ?? (lead is null ? null : Provinces.NamedIn(lead));
        var document = new ArchiveDocument
        {
            Id = Slug(title, fileName),
            Title = title,
            TitleDerived = layout.Title is null,
            Published = published,
            Dateline = layout.Dateline,
            EventDate = eventDate.Date,
            EventDayMonth = eventDate.DayMonth,
            Organisation = organisation,
            Location = location,
            Province = Provinces.Of(organisation, location),
            People = people,
            Author = layout.Author,
            Source = layout.Source,
            Directives = directives,
            Relations = DirectiveRelations.InSentences(mentions),
            EventRelations = DirectiveRelations.OfEvent(layout.Title, lead, directives),
            Paragraphs = layout.Paragraphs,
            Captions = layout.Captions,
            Credits = layout.Credits,
            Evidence = evidence,
            Gaps = eventDate.Gap is { } gap ? [gap] : [],
            Warnings = Warnings(layout, decoded, Unnormalizable(decoded.Text, replaced)),
            SourceFile = fileName,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes)),
            Bytes = bytes.LongLength,
            WordCount = layout.Paragraphs.Sum(Layout.WordCount),
            Encoding = decoded.Encoding,
        };
        return (document, null);
    }

    // A feed's snippet is a sentence or two (30-40 words, sometimes with the lead after it); even a
    // short news item runs past a hundred.
    private const int SnippetWords = 100;

    /// <summary>What the source lacks or has damaged, in plain words, so an archivist knows what to check.</summary>
    private static IReadOnlyList<string> Warnings(Layout layout, SourceDecoding.Decoded decoded, string? unnormalizable)
    {
        var warnings = new List<string>();
        if (unnormalizable is not null) warnings.Add(unnormalizable);
        if (decoded.Damage.Count > 0)
        {
            var more = decoded.Damage.Count > 5 ? $"; and {decoded.Damage.Count - 5} more lines" : "";
            var shown = string.Join("; ", decoded.Damage.Take(5)) + more;
            var lines = decoded.Damage.Count == 1 ? "line is" : "lines are";
            warnings.Add($"mixed encoding: {decoded.Damage.Count} {lines} not UTF-8 ({shown})");
        }
        var words = layout.Paragraphs.Sum(Layout.WordCount);
        if (layout.Paragraphs.Count == 0) warnings.Add("title only: no body text");
        else if (words < SnippetWords)
        {
            var paragraphs = layout.Paragraphs.Count == 1 ? "paragraph" : "paragraphs";
            warnings.Add($"short body: {words} words in {layout.Paragraphs.Count} {paragraphs}, likely a snippet");
        }
        else if (layout.Paragraphs.Count == 1) warnings.Add("one-line body: no paragraph breaks");
        if (layout.Title is null) warnings.Add("no title line: the title is the lead's first sentence");
        else if (IsCut(layout.Title)) warnings.Add("headline cut off (ends with “...”)");
        if (layout.Paragraphs.Count > 0 && IsCut(layout.Paragraphs[^1])) warnings.Add("body cut off (ends with “...”)");
        if (layout.Published is null) warnings.Add("no publication date");
        if (layout.Author is null) warnings.Add("no byline");
        return warnings;
    }

    // "invalid Unicode: 2 characters replaced with U+FFFD (U+FFFE at line 3, column 5; U+FFFF at line 7, column 1)".
    private static string? Unnormalizable(string text, IReadOnlyList<int> replaced)
    {
        if (replaced.Count == 0) return null;
        var shown = string.Join("; ", replaced.Take(5).Select(at =>
        {
            var lineStart = text.LastIndexOf('\n', Math.Max(at - 1, 0)) + 1;
            var line = 1 + text.AsSpan(0, at).Count('\n');
            return $"{VietnameseText.CodePointAt(text, at)} at line {line}, column {at - lineStart + 1}";
        })) + (replaced.Count > 5 ? $"; and {replaced.Count - 5} more" : "");
        var characters = replaced.Count == 1 ? "character" : "characters";
        return $"invalid Unicode: {replaced.Count} {characters} replaced with U+FFFD ({shown})";
    }

    private static bool IsCut(string text) => text.EndsWith("...", StringComparison.Ordinal) || text.EndsWith('…');

    /// <summary>Each coded directive's first mention in the body.</summary>
    private static IEnumerable<Evidence> DirectiveEvidence(
        IReadOnlyList<DirectiveReference> directives,
        IReadOnlyList<string> paragraphs)
    {
        foreach (var directive in directives.Where(d => d.Code is not null))
        {
            for (var i = 0; i < paragraphs.Count; i++)
            {
                var at = paragraphs[i].IndexOf(directive.Mention, StringComparison.Ordinal);
                if (at < 0) continue;
                yield return Evidence.In(EvidencePart.Paragraph, i, paragraphs[i], at, directive.Mention.Length,
                    "directives", directive.Code!, "directives: code as written, canonicalised");
                break;
            }
        }
    }

    private static string DerivedTitle(string lead)
    {
        var sentence = Sentences.Split(lead)[0].TrimEnd('.', ' ');
        if (sentence.Length <= DerivedTitleLength) return sentence;
        var cut = sentence.LastIndexOf(' ', DerivedTitleLength);
        return sentence[..(cut > 0 ? cut : DerivedTitleLength)].TrimEnd(',', ';', ' ') + "…";
    }

    /// <summary>
    /// The document with an id nobody has claimed yet (<paramref name="claim"/> returns false when taken).
    /// Ids carry a hash of the file name; on the rare clash of title and hash prefix, a longer hash.
    /// </summary>
    public static ArchiveDocument WithUniqueId(ArchiveDocument document, Func<string, bool> claim)
    {
        if (claim(document.Id)) return document;
        var longer = document with { Id = Slug(document.Title, document.SourceFile, hashLength: 16) };
        claim(longer.Id);
        return longer;
    }

    /// <summary>
    /// A readable, stable id: the title folded to ASCII, and a short hash of the file name so two
    /// files with one title never share an id.
    /// </summary>
    public static string Slug(string title, string fileName, int hashLength = 6)
    {
        var words = Slugs.Of(title);
        if (words.Length > 60)
        {
            var cut = words.LastIndexOf('-', 60);
            words = words[..(cut > 20 ? cut : 60)];
        }
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(fileName)))[..hashLength];
        return words.Length > 0 ? $"{words}-{hash}" : hash;
    }
}
