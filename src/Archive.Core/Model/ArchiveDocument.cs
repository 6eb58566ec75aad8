using Archive.Text;

namespace Archive.Model;

/// <summary>
/// One source file as the archive understands it. Property names are the JSON contract
/// (serialised camelCase); text is NFC, the original bytes stay in the index untouched.
/// </summary>
public sealed record ArchiveDocument
{
    /// <summary>Readable slug, the same on every import of the same file.</summary>
    public required string Id { get; init; }
    public required string Title { get; init; }
    /// <summary>True when the source has no title line and the title is its first sentence.</summary>
    public bool TitleDerived { get; init; }
    /// <summary>ISO 8601 publication date-time (with offset when the dateline states one), or date.</summary>
    public string? Published { get; init; }
    /// <summary>
    /// The date line as written in the source ("Mon, 03 Jun 2024 09:10:00 +0700"), when there is one.
    /// </summary>
    public string? Dateline { get; init; }
    /// <summary>The day the meeting was held or the document issued.</summary>
    public DateOnly? EventDate { get; init; }
    /// <summary>
    /// The event's day and month as ISO 8601 without a year ("--09-03") when the text gives them but
    /// nothing tied to the event or the article gives the year: kept rather than guessed.
    /// </summary>
    public string? EventDayMonth { get; init; }
    public string? Organisation { get; init; }
    public string? Location { get; init; }
    /// <summary>
    /// The province the document belongs to, or "Trung ương" for a central body's: from the organisation,
    /// then the location.
    /// </summary>
    public string? Province { get; init; }
    public IReadOnlyList<Person> People { get; init; } = [];
    public string? Author { get; init; }
    public string? Source { get; init; }
    public IReadOnlyList<DirectiveReference> Directives { get; init; } = [];
    /// <summary>What its sentences say the directives they cite do to one another, one per sentence.</summary>
    public IReadOnlyList<StatedRelation> Relations { get; init; } = [];
    /// <summary>What the event it reports does to the directives it cites, one per directive.</summary>
    public IReadOnlyList<EventRelation> EventRelations { get; init; } = [];
    public IReadOnlyList<string> Paragraphs { get; init; } = [];
    /// <summary>Photo captions and page furniture: kept, but apart from the body.</summary>
    public IReadOnlyList<string> Captions { get; init; } = [];
    /// <summary>Byline and source lines at the end, as written; the author and source are read from them.</summary>
    public IReadOnlyList<string> Credits { get; init; } = [];
    /// <summary>Where each extracted value was read, and by which rule.</summary>
    public IReadOnlyList<Evidence> Evidence { get; init; } = [];
    /// <summary>Fields left empty for a stated reason ("no year"), rather than filled with a guess.</summary>
    public IReadOnlyList<Gap> Gaps { get; init; } = [];
    /// <summary>What is damaged or missing in the source, in words an archivist can act on.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
    public required string SourceFile { get; init; }
    /// <summary>SHA-256 of the original bytes, lower-case hex.</summary>
    public required string Sha256 { get; init; }
    public long Bytes { get; init; }
    public int WordCount { get; init; }
    /// <summary>"utf-8", or "windows-1258" when the file was legacy-encoded.</summary>
    public string Encoding { get; init; } = "utf-8";

    /// <summary>The date the archive files the document under: the event, else publication.</summary>
    public DateOnly? SortDate => EventDate ?? PublishedDate;

    public DateOnly? PublishedDate => DateOf(Published);

    /// <summary>The day of an ISO 8601 publication stamp ("2021-03-31T17:07+07:00" → 2021-03-31).</summary>
    public static DateOnly? DateOf(string? published) => VietnameseDates.DayOf(published);
}

public sealed record Person(string Name, IReadOnlyList<string> Roles);
