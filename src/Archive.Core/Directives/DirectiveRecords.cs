using System.Text.Json.Serialization;
using Archive.Model;
using Archive.Storage;

namespace Archive.Directives;

/// <summary>
/// What the registry is built from: a document's cited directives and the relations its sentences state
/// between them and what the event it reports does to them (null in a file written before these were read).
/// Kept beside the index (citations.json, not read by the site) so that an incremental import can rebuild
/// the registry without parsing unchanged files again.
/// </summary>
public sealed record CitingDocument(
    string Id,
    string Title,
    DateOnly? Date,
    string SourceFile,
    IReadOnlyList<DirectiveReference> Directives,
    IReadOnlyList<StatedRelation>? Relations = null,
    IReadOnlyList<EventRelation>? EventRelations = null)
{
    public const string FileName = "citations.json";

    public static CitingDocument Of(ArchiveDocument document) =>
        new(document.Id, document.Title, document.SortDate, document.SourceFile, document.Directives,
            document.Relations, document.EventRelations);

    public static void Save(string generation, IEnumerable<CitingDocument> documents) =>
        JsonFile.Write(Path.Combine(generation, FileName), documents);

    public static IReadOnlyList<CitingDocument> Load(string generation)
    {
        var path = Path.Combine(generation, FileName);
        return File.Exists(path) ? JsonFile.Read<List<CitingDocument>>(path) ?? [] : [];
    }
}

/// <summary>
/// One document's citation of a directive: the words it used and the sentence they stand in; with
/// <see cref="Kind"/> (and a review's <see cref="Years"/>) when the event it reports carries out, reviews or
/// continues the directive.
/// </summary>
public sealed record DirectiveCitation(
    string DocumentId,
    string DocumentTitle,
    DateOnly? DocumentDate,
    string Mention,
    string Sentence,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] RelationKind? Kind = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Years = null);

/// <summary>
/// A cited directive, as the whole archive knows it. Party numbering restarts each term, so one code
/// cited with dates in different years is several entries, each with its own slug ("32-kl-tw-2018").
/// Its citations, with their sentences, are read when asked for (<see cref="DirectiveRegistry.CitationsOf"/>).
/// </summary>
public sealed record DirectiveEntry(
    string Code,
    string Slug,
    string Type,
    string Number,
    string? Issuer,
    string? IssuingBody,
    DateOnly? Date,
    string? Title,
    IReadOnlyList<string> Documents)
{
    /// <summary>
    /// Each document's citation with its sentence, when asked for (`/api/directives/{slug}`); never stored
    /// in directives.json, which the citations file keeps apart.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<DirectiveCitation>? Citations { get; init; }

    /// <summary>
    /// The relations read between this directive and others, both ways (<c>from</c> is this code for what it
    /// does, <c>to</c> for what is done to it), when asked for (`/api/directives/{slug}`); never stored here.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<Extraction.DirectiveRelation>? Relations { get; init; }
}
