using System.Collections.Concurrent;
using Archive.Model;
using Archive.Storage;
using Archive.Text;

namespace Archive.Browse;

/// <summary>What browsing pages need of a document, without its text.</summary>
public sealed record DocumentSummary(
    string Id,
    string Title,
    DateOnly? EventDate,
    string? Published,
    string? Organisation,
    string? Location,
    IReadOnlyList<Person> People,
    string SourceFile)
{
    /// <summary>
    /// The province the document belongs to, or "Trung ương" (<see cref="ArchiveDocument.Province"/>).
    /// </summary>
    public string? Province { get; init; }

    public DateOnly? PublishedDate => ArchiveDocument.DateOf(Published);

    /// <summary>The date the archive files it under: the meeting, else publication.</summary>
    public DateOnly? Date => EventDate ?? PublishedDate;

    /// <summary>True when <see cref="Date"/> is the publication date because the meeting date is unknown.</summary>
    public bool DatedByPublication => EventDate is null && PublishedDate is not null;

    /// <summary>
    /// "Ban Thường vụ Tỉnh ủy" held in Thái Bình is "Ban Thường vụ Tỉnh ủy Thái Bình": provinces reuse body names.
    /// </summary>
    public string? QualifiedOrganisation =>
        Organisation is null ? null
        : Location is null || Folded(Organisation).Contains(Folded(Location), StringComparison.Ordinal) ? Organisation
        : $"{Organisation} {Location}";

    private static string Folded(string text) => VietnameseText.Fold(text);

    public static DocumentSummary Of(ArchiveDocument document) => new(
        document.Id, document.Title, document.EventDate, document.Published, document.Organisation, document.Location,
        document.People, document.SourceFile)
    {
        Province = document.Province,
    };
}

/// <summary>An organisation or person and the documents that name them, by date.</summary>
public sealed record CatalogGroup(
    string Name,
    string Slug,
    IReadOnlyList<string> Roles,
    IReadOnlyList<DocumentSummary> Documents);

/// <summary>
/// Every document's summary, built at import and kept beside the index (catalog.json): the data for
/// browsing by date, organisation and person, read once when the index opens.
/// </summary>
public sealed partial class DocumentCatalog
{
    public const string FileName = "catalog.json";

    public DocumentCatalog(IEnumerable<DocumentSummary> documents)
    {
        // Oldest first, undated last; ties by id so the order is stable.
        Documents = documents.OrderBy(d => d.Date is null)
            .ThenBy(d => d.Date)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .ToList();
        dated = Documents.Where(d => d.Date is not null).ToList();
        years = YearsOf(dated);
        positions = dated.Select((d, i) => (d.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        byId = Documents.ToDictionary(d => d.Id, StringComparer.Ordinal);
        Organisations = Group(Documents.Where(d => d.QualifiedOrganisation is not null)
            .Select(d => (Name: d.QualifiedOrganisation!, Roles: (IReadOnlyList<string>)[], Document: d)));
        People = Group(Documents.SelectMany(d => d.People.Select(p => (p.Name, p.Roles, Document: d))));
        Provinces = Group(Documents.Where(d => d.Province is not null)
            .Select(d => (Name: d.Province!, Roles: (IReadOnlyList<string>)[], Document: d)));
        provincesBySlug = Provinces.ToDictionary(p => p.Slug, StringComparer.Ordinal);
        organisationsBySlug = Organisations.ToDictionary(o => o.Slug, StringComparer.Ordinal);
        peopleBySlug = People.ToDictionary(p => p.Slug, StringComparer.Ordinal);
    }

    private readonly List<DocumentSummary> dated;
    private readonly Dictionary<string, int> positions;
    private readonly Dictionary<string, DocumentSummary> byId;
    private readonly Dictionary<string, CatalogGroup> organisationsBySlug;
    private readonly Dictionary<string, CatalogGroup> peopleBySlug;
    private readonly Dictionary<string, CatalogGroup> provincesBySlug;

    /// <summary>All documents, oldest first, undated last.</summary>
    public IReadOnlyList<DocumentSummary> Documents { get; }
    public IReadOnlyList<CatalogGroup> Organisations { get; }
    public IReadOnlyList<CatalogGroup> People { get; }
    /// <summary>The provinces documents belong to, and "Trung ương" for central bodies'.</summary>
    public IReadOnlyList<CatalogGroup> Provinces { get; }

    public IReadOnlyList<DocumentSummary> Dated => dated;
    public IEnumerable<DocumentSummary> Undated => Documents.Skip(dated.Count);

    /// <summary>Each year with documents and how many, oldest first.</summary>
    public IReadOnlyList<(int Year, int Count)> Years() => years;

    private readonly IReadOnlyList<(int Year, int Count)> years;

    // Runs of the sorted dated documents, counted once: the home page reads them for every year's bar.
    private static List<(int Year, int Count)> YearsOf(List<DocumentSummary> dated)
    {
        var years = new List<(int Year, int Count)>();
        foreach (var document in dated)
        {
            var year = document.Date!.Value.Year;
            if (years.Count > 0 && years[^1].Year == year) years[^1] = (year, years[^1].Count + 1);
            else years.Add((year, 1));
        }
        return years;
    }

    public IReadOnlyList<DocumentSummary> In(int year, int? month = null) =>
        Dated.Where(d => d.Date!.Value.Year == year && (month is null || d.Date.Value.Month == month)).ToList();

    /// <summary>What happened on this day (month and day) in earlier years, newest year first.</summary>
    public IReadOnlyList<DocumentSummary> OnThisDay(DateOnly today) =>
        OnDay(today.Month, today.Day).Where(d => d.Date!.Value.Year < today.Year).ToList();

    /// <summary>What happened on a day of the year (29 February included) in every year, newest year first.</summary>
    public IReadOnlyList<DocumentSummary> OnDay(int month, int day) =>
        Dated.Where(d => d.Date!.Value.Month == month && d.Date.Value.Day == day)
            .OrderByDescending(d => d.Date)
            .ToList();

    /// <summary>
    /// The meetings just before and after a document by date (or null at either end, or when undated).
    /// </summary>
    public (DocumentSummary? Previous, DocumentSummary? Next) Neighbours(string id)
    {
        if (!positions.TryGetValue(id, out var index)) return (null, null);
        return (index > 0 ? dated[index - 1] : null, index < dated.Count - 1 ? dated[index + 1] : null);
    }

    // A page's route gives null for a blank name ("/people/%20"): it names nothing.
    public DocumentSummary? Find(string? id) => id is null ? null : byId.GetValueOrDefault(id);

    public CatalogGroup? FindOrganisation(string? slug) =>
        slug is null ? null : organisationsBySlug.GetValueOrDefault(slug);

    public CatalogGroup? FindPerson(string? slug) => slug is null ? null : peopleBySlug.GetValueOrDefault(slug);

    /// <summary>The people a name stands for (mostly one), told apart once per name and kept.</summary>
    public IReadOnlyList<NamedPerson> PeopleNamed(CatalogGroup name) =>
        namesakes.GetOrAdd(name.Slug, _ => new(() => Namesakes.Of(name))).Value;

    // Lazy, so that the pages asking for a name at once wait for one parting instead of each doing it: a
    // name in tens of thousands of documents takes a few hundred milliseconds.
    private readonly ConcurrentDictionary<string, Lazy<IReadOnlyList<NamedPerson>>> namesakes =
        new(StringComparer.Ordinal);

    public CatalogGroup? FindProvince(string? slug) => slug is null ? null : provincesBySlug.GetValueOrDefault(slug);

    private static List<CatalogGroup> Group(
        IEnumerable<(string Name, IReadOnlyList<string> Roles, DocumentSummary Document)> named) =>
        named.GroupBy(n => Slugs.Of(n.Name))
            .Select(g => new CatalogGroup(
                g.First().Name,
                g.Key,
                g.SelectMany(n => n.Roles).Distinct().ToList(),
                g.Select(n => n.Document).DistinctBy(d => d.Id).OrderByDescending(d => d.Date).ToList()))
            .OrderBy(g => VietnameseText.Fold(g.Name), StringComparer.Ordinal)
            .ToList();

    public void Save(string indexDirectory) =>
        JsonFile.Write(Path.Combine(indexDirectory, FileName), Documents);

    public static DocumentCatalog Load(string indexDirectory)
    {
        var path = Path.Combine(indexDirectory, FileName);
        var documents = File.Exists(path)
            ? JsonFile.Read<List<DocumentSummary>>(path) ?? []
            : [];
        return new DocumentCatalog(Shared(documents));
    }

    /// <summary>
    /// The same summaries with one copy of each organisation, place and person: they recur in thousands
    /// of documents, and reading JSON gives every occurrence its own copy.
    /// </summary>
    private static List<DocumentSummary> Shared(List<DocumentSummary> documents)
    {
        var strings = new StringPool();
        var people = new Dictionary<string, IReadOnlyList<Person>>(StringComparer.Ordinal);
        IReadOnlyList<Person> Named(IReadOnlyList<Person> named)
        {
            if (named.Count == 0) return [];
            var key = string.Join("\u0002", named.Select(p => p.Name + "\u0001" + string.Join("\u0001", p.Roles)));
            if (!people.TryGetValue(key, out var shared))
                people[key] = shared = named
                    .Select(p => new Person(strings.One(p.Name), p.Roles.Select(r => strings.One(r)).ToArray()))
                    .ToArray();
            return shared;
        }
        return documents
            .Select(d => d with
            {
                Organisation = strings.One(d.Organisation),
                Location = strings.One(d.Location),
                Province = strings.One(d.Province),
                People = Named(d.People),
            })
            .ToList();
    }
}
