using System.Globalization;
using System.Text.Json;
using Archive.Model;
using Archive.Storage;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Archive.Index.Schema;

/// <summary>
/// The one file that says what the index holds: field names, how each is analysed, the Lucene version.
/// </summary>
public static class IndexSchema
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    public const string Id = "id";
    /// <summary>The source file's name: what an incremental import deletes by.</summary>
    public const string SourceFile = "source_file";
    /// <summary>
    /// What a search hit shows (<see cref="HitFields"/>) as JSON, stored before <see cref="Json"/> and
    /// only for a body longer than <see cref="HitTextLength"/>: a hit then reads it and
    /// stops, instead of decoding the whole document.
    /// </summary>
    public const string Hit = "hit";
    /// <summary>
    /// How much of a body a search hit looks for snippets in: every real article (the longest of 15,432 is
    /// 35 KB) whole, and a document of the 4 MB source limit within bounded time and memory.
    /// </summary>
    public const int HitTextLength = 100_000;
    /// <summary>The whole <see cref="ArchiveDocument"/> as JSON: what pages show.</summary>
    public const string Json = "json";
    /// <summary>The source file's bytes, untouched, for the "original" view.</summary>
    public const string Raw = "raw";

    // Two views of the text: with the diacritics as written (canonical tone placement), and folded.
    public const string Title = "title";
    public const string TitleFolded = "title_folded";
    /// <summary>
    /// Adjacent folded syllable pairs of the title: words standing together in it, without reading positions.
    /// </summary>
    public const string TitlePairs = "title_pairs";
    public const string Body = "body";
    /// <summary>
    /// Folded body, with term vectors (the words and their counts, no positions) for related documents.
    /// </summary>
    public const string BodyFolded = "body_folded";
    /// <summary>Adjacent folded syllable pairs of the body ("tham nhung"): adjacency as one term.</summary>
    public const string BodyPairs = "body_pairs";
    /// <summary>
    /// Adjacent syllable pairs of the body as written (canonical tone placement, "tham nhũng"): a phrase
    /// with the diacritics as typed, which ranks first, without reading the positions of common words.
    /// </summary>
    public const string BodyExactPairs = "body_exact_pairs";

    // Fielded search (folded), and exact values for filters and facets.
    public const string Organisation = "org";
    public const string OrganisationExact = "org_exact";
    public const string Person = "person";
    public const string Author = "author";
    /// <summary>Canonical directive codes ("32-KL/TW").</summary>
    public const string Directive = "directive";
    /// <summary>Folded "type|number" of every cited directive, coded or not ("ket luan|32").</summary>
    public const string DirectiveReference = "directive_ref";
    public const string DirectiveType = "directive_type";
    /// <summary>The document's province or "Trung ương" (<see cref="ArchiveDocument.Province"/>), exact.</summary>
    public const string Province = "province";
    public const string Year = "year";
    /// <summary>yyyyMMdd of the event date, else the publication date: indexed for date filters.</summary>
    public const string Date = "date";
    /// <summary>The same as a doc value (absent when undated): browse order and the year facet.</summary>
    public const string SortDate = "sort_date";

    private static readonly FieldType FoldedWithVectors = new(TextField.TYPE_NOT_STORED)
    {
        StoreTermVectors = true,
    };

    static IndexSchema() => FoldedWithVectors.Freeze();

    /// <summary>How each field is analysed, for indexing and querying alike.</summary>
    public static Analyzer CreateAnalyzer()
    {
        var folded = new VietnameseAnalyzer(folded: true);
        var keyword = new KeywordAnalyzer();
        var pairs = new VietnameseAnalyzer(folded: true, syllables: 2);
        return new PerFieldAnalyzerWrapper(new VietnameseAnalyzer(folded: false), new Dictionary<string, Analyzer>
        {
            [TitleFolded] = folded,
            [BodyFolded] = folded,
            [TitlePairs] = pairs,
            [BodyPairs] = pairs,
            [BodyExactPairs] = new VietnameseAnalyzer(folded: false, syllables: 2),
            [Organisation] = folded,
            [Person] = folded,
            [Author] = folded,
            [Directive] = keyword,
            [DirectiveReference] = keyword,
        });
    }

    /// <summary>Between paragraphs in <see cref="BodyText(ArchiveDocument)"/>.</summary>
    public const string ParagraphSeparator = "\n\n";

    /// <summary>The text that offsets in <see cref="Body"/> and <see cref="BodyFolded"/> refer to.</summary>
    public static string BodyText(ArchiveDocument document) => string.Join(ParagraphSeparator, document.Paragraphs);

    /// <summary>
    /// What a search hit shows of a document: its body as far as snippets look (<see cref="HitTextLength"/>).
    /// </summary>
    public sealed record HitFields(
        string Id,
        string Title,
        DateOnly? EventDate,
        string? Published,
        string? Organisation,
        IReadOnlyList<string> Paragraphs)
    {
        public static HitFields Of(ArchiveDocument document) =>
            new(document.Id, document.Title, document.EventDate, document.Published,
                document.Organisation, [BodyText(document.Paragraphs, HitTextLength)]);
    }

    /// <summary>
    /// At most the first <paramref name="max"/> characters of the body text of these paragraphs, without joining the
    /// rest.
    /// </summary>
    public static string BodyText(IReadOnlyList<string> paragraphs, int max)
    {
        var text = new System.Text.StringBuilder();
        foreach (var paragraph in paragraphs)
        {
            if (text.Length > 0) text.Append(ParagraphSeparator);
            text.Append(paragraph, 0, Math.Min(paragraph.Length, Math.Max(0, max - text.Length)));
            if (text.Length >= max) return text.ToString(0, char.IsHighSurrogate(text[max - 1]) ? max - 1 : max);
        }
        return text.ToString();
    }

    public static Document ToLucene(ArchiveDocument document, byte[] raw)
    {
        var body = BodyText(document);
        var lucene = new Document
        {
            new StringField(Id, document.Id, Field.Store.YES),
            new StringField(SourceFile, document.SourceFile, Field.Store.NO),
        };
        if (body.Length > HitTextLength)
            lucene.Add(new StoredField(Hit, JsonSerializer.Serialize(HitFields.Of(document), JsonFile.Options)));
        foreach (var field in new IIndexableField[]
        {
            new StoredField(Json, JsonSerializer.Serialize(document, JsonFile.Options)),
            new StoredField(Raw, raw),
            new TextField(Title, document.Title, Field.Store.NO),
            new TextField(TitleFolded, document.Title, Field.Store.NO),
            new TextField(TitlePairs, document.Title, Field.Store.NO),
            new TextField(Body, body, Field.Store.NO),
            new Field(BodyFolded, body, FoldedWithVectors),
            new TextField(BodyPairs, body, Field.Store.NO),
            new TextField(BodyExactPairs, body, Field.Store.NO),
        })
            lucene.Add(field);
        if (document.Organisation is { } organisation)
        {
            lucene.Add(new TextField(Organisation, organisation, Field.Store.NO));
            lucene.Add(new StringField(OrganisationExact, organisation, Field.Store.NO));
            lucene.Add(new SortedDocValuesField(OrganisationExact, new BytesRef(organisation)));
        }
        if (document.Province is { } province)
        {
            lucene.Add(new StringField(Province, province, Field.Store.NO));
            lucene.Add(new SortedDocValuesField(Province, new BytesRef(province)));
        }
        if (document.Author is { } author)
            lucene.Add(new TextField(Author, author, Field.Store.NO));
        if (document.SortDate is { } date)
        {
            lucene.Add(new StringField(Year, date.Year.ToString(CultureInfo.InvariantCulture), Field.Store.NO));
            lucene.Add(new Int32Field(Date, (int)DayNumber.Of(date), Field.Store.NO));
            lucene.Add(new NumericDocValuesField(SortDate, DayNumber.Of(date)));
        }
        foreach (var person in document.People)
            lucene.Add(new TextField(Person, person.Name, Field.Store.NO));
        foreach (var type in document.Directives.Select(d => d.Type).Distinct())
        {
            lucene.Add(new StringField(DirectiveType, type, Field.Store.NO));
            lucene.Add(new SortedSetDocValuesField(DirectiveType, new BytesRef(type)));
        }
        foreach (var code in document.Directives.Select(d => d.Code).OfType<string>().Distinct())
            lucene.Add(new StringField(Directive, code, Field.Store.NO));
        foreach (var key in document.Directives.Select(d => DirectiveTypes.Key(d.Type, d.Number)).Distinct())
            lucene.Add(new StringField(DirectiveReference, key, Field.Store.NO));
        return lucene;
    }
}
