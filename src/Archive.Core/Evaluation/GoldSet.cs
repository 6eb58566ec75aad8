using System.Text.Json;
using Archive.Model;
using Archive.Storage;

namespace Archive.Evaluation;

/// <summary>
/// One article as a person read it: the facts the importer should extract, never the article's text.
/// Null means the article has no such value; the JSON names match <see cref="Model.ArchiveDocument"/>.
/// </summary>
public sealed record GoldArticle
{
    public required string File { get; init; }
    public required string Sha256 { get; init; }
    public string? Title { get; init; }
    /// <summary>The Vietnam-local day of publication, yyyy-MM-dd.</summary>
    public string? Published { get; init; }
    public string? EventDate { get; init; }
    /// <summary>The event's day and month as written ("3.9") when the text gives no year for it.</summary>
    public string? EventDayMonth { get; init; }
    public IReadOnlyList<string> Codes { get; init; } = [];
    public IReadOnlyList<GoldPerson> People { get; init; } = [];
    public string? Author { get; init; }
    public string? Source { get; init; }
    public string? Organisation { get; init; }
    public string? Notes { get; init; }
}

public sealed record GoldPerson(string Name, IReadOnlyList<string>? Roles);

public static class GoldSet
{
    public static IReadOnlyList<GoldArticle> Load(string path) =>
        JsonSerializer.Deserialize<List<GoldArticle>>(File.ReadAllText(path), JsonFile.Options)
        ?? throw new InvalidDataException($"{path} holds no gold articles");
}

/// <summary>
/// One file's relations as a person read them: <see cref="File"/> is a path from the folder the command is
/// given (seeds, texts written for the gold, real articles), and never the file's text.
/// </summary>
public sealed record GoldRelationFile
{
    public required string File { get; init; }
    public required string Sha256 { get; init; }
    /// <summary>
    /// Every relation its sentences state between two coded documents; empty for a file of negatives.
    /// </summary>
    public IReadOnlyList<GoldRelation> Relations { get; init; } = [];
    /// <summary>What the event the file reports does to a coded directive, as its title or lead's first
    /// sentence says; empty when it says none.</summary>
    public IReadOnlyList<GoldEventRelation> Events { get; init; } = [];
    public string? Notes { get; init; }
}

public sealed record GoldRelation(string From, RelationKind Kind, string To, int? Years = null);

public sealed record GoldEventRelation(RelationKind Kind, string To, int? Years = null);

public static class GoldRelations
{
    public static IReadOnlyList<GoldRelationFile> Load(string path) =>
        JsonSerializer.Deserialize<List<GoldRelationFile>>(File.ReadAllText(path), JsonFile.Options)
        ?? throw new InvalidDataException($"{path} holds no gold relations");
}
