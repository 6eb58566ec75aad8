using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Archive.Model;
using Archive.Text;

namespace Archive.Import;

/// <summary>Turns one source file into an <see cref="ArchiveDocument"/>.</summary>
public static partial class DocumentParser
{
    private const int DerivedTitleLength = 160;

    [GeneratedRegex(@"[^a-z0-9]+")]
    private static partial Regex NotSlug();

    /// <summary>The document, or null with the reason the file cannot be imported.</summary>
    public static (ArchiveDocument? Document, string? Problem) Parse(string fileName, byte[] bytes)
    {
        var (decoded, problem) = SourceDecoding.Decode(bytes);
        if (decoded is null) return (null, problem);

        var layout = Layout.Read(VietnameseText.Normalize(decoded.Text));
        if (layout.Paragraphs.Count == 0)
            return (null, "no body text (only a title, dateline or captions)");

        var title = layout.Title ?? DerivedTitle(layout.Paragraphs[0]);
        var directives = DirectiveExtraction.Find(layout.Paragraphs);
        var published = layout.Published;
        var publishedDate = ArchiveDocument.DateOf(published);
        var organisation = OrganisationExtraction.Find(layout.Title, layout.Paragraphs[0]);
        var eventDate = EventDateExtraction.Find(layout.Paragraphs, publishedDate, directives);
        directives = DirectiveExtraction.DateIssuedInLead(directives, layout.Paragraphs[0], eventDate, organisation);

        var document = new ArchiveDocument
        {
            Id = Slug(title, fileName),
            Title = title,
            TitleDerived = layout.Title is null,
            Published = published,
            EventDate = eventDate,
            Organisation = organisation,
            Location = Provinces.NamedIn(organisation) ?? Provinces.NamedIn(title)
                       ?? Provinces.InPublicationName(layout.Source) ?? Provinces.NamedIn(layout.Paragraphs[0]),
            People = PeopleExtraction.Find(layout.Paragraphs, layout.Captions),
            Author = layout.Author,
            Source = layout.Source,
            Directives = directives,
            Paragraphs = layout.Paragraphs,
            Captions = layout.Captions,
            SourceFile = fileName,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes)),
            Bytes = bytes.LongLength,
            WordCount = layout.Paragraphs.Sum(Layout.WordCount),
            Encoding = decoded.Encoding,
        };
        return (document, null);
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
        var words = NotSlug().Replace(VietnameseText.Fold(title), "-").Trim('-');
        if (words.Length > 60)
        {
            var cut = words.LastIndexOf('-', 60);
            words = words[..(cut > 20 ? cut : 60)];
        }
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(fileName)))[..hashLength];
        return words.Length > 0 ? $"{words}-{hash}" : hash;
    }
}
