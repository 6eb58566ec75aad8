using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Archive.Model;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Documents;
using Lucene.Net.Util;

namespace Archive.Index;

/// <summary>The one file that says what the index holds: field names, how each is analysed, the Lucene version.</summary>
public static class IndexSchema
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    public const string Id = "id";
    /// <summary>The whole <see cref="ArchiveDocument"/> as JSON: what pages show.</summary>
    public const string Json = "json";
    /// <summary>The source file's bytes, untouched, for the "original" view.</summary>
    public const string Raw = "raw";
    public const string Title = "title";
    public const string TitleFolded = "title_folded";
    public const string Body = "body";
    public const string BodyFolded = "body_folded";
    public const string Organisation = "org";
    public const string Person = "person";
    public const string Author = "author";
    public const string Directive = "directive";
    public const string DirectiveType = "directive_type";
    public const string Year = "year";
    /// <summary>yyyyMMdd of the event date, else the publication date, else 0: browse order.</summary>
    public const string SortDate = "sort_date";

    /// <summary>JSON as stored and served: camelCase, Vietnamese letters unescaped, HTML-sensitive characters escaped.</summary>
    public static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public static Analyzer CreateAnalyzer()
    {
        var folded = new VietnameseAnalyzer(folded: true);
        var keyword = new KeywordAnalyzer();
        return new PerFieldAnalyzerWrapper(new VietnameseAnalyzer(folded: false), new Dictionary<string, Analyzer>
        {
            [TitleFolded] = folded,
            [BodyFolded] = folded,
            [Directive] = keyword,
        });
    }

    public static Document ToLucene(ArchiveDocument document, byte[] raw)
    {
        var body = string.Join("\n\n", document.Paragraphs);
        var lucene = new Document
        {
            new StringField(Id, document.Id, Field.Store.YES),
            new SortedDocValuesField(Id, new BytesRef(document.Id)),
            new StoredField(Json, JsonSerializer.Serialize(document, JsonOptions)),
            new StoredField(Raw, raw),
            new TextField(Title, document.Title, Field.Store.NO),
            new TextField(TitleFolded, document.Title, Field.Store.NO),
            new TextField(Body, body, Field.Store.NO),
            new TextField(BodyFolded, body, Field.Store.NO),
            new NumericDocValuesField(SortDate, ToNumber(document.SortDate)),
        };
        if (document.Organisation is { } organisation)
            lucene.Add(new TextField(Organisation, organisation, Field.Store.NO));
        if (document.Author is { } author)
            lucene.Add(new TextField(Author, author, Field.Store.NO));
        if (document.SortDate is { } date)
            lucene.Add(new StringField(Year, date.Year.ToString(CultureInfo.InvariantCulture), Field.Store.NO));
        foreach (var person in document.People)
            lucene.Add(new TextField(Person, person.Name, Field.Store.NO));
        foreach (var directive in document.Directives)
        {
            if (directive.Code is { } code) lucene.Add(new StringField(Directive, code, Field.Store.NO));
            lucene.Add(new StringField(DirectiveType, directive.Type, Field.Store.NO));
        }
        return lucene;
    }

    public static long ToNumber(DateOnly? date) => date is { } d ? d.Year * 10000L + d.Month * 100 + d.Day : 0;
}
