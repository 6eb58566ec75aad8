using System.Text.Json;
using Archive.Extraction;
using Archive.Storage;
using Microsoft.Win32.SafeHandles;

namespace Archive.Directives;

/// <summary>
/// How a <see cref="DirectiveRegistry"/> is kept beside the index: the entries and relations in
/// directives.json, each entry's citations as one line of directive-citations.jsonl, read when asked for.
/// </summary>
public sealed partial class DirectiveRegistry
{
    /// <param name="Citations">Where each entry's citations are in the citations file, in the order of the
    /// entries.</param>
    private sealed record Stored(
        List<DirectiveEntry> Entries,
        List<CitationBlock>? Citations,
        List<DirectiveRelation>? Relations);

    /// <summary>One line of the citations file: an entry's citations as a JSON array.</summary>
    private sealed record CitationBlock(long At, int Length);

    public void Save(string indexDirectory)
    {
        var blocks = new List<CitationBlock>(Entries.Count);
        using (var file = new FileStream(
            Path.Combine(indexDirectory, CitationsFileName),
            FileMode.Create,
            FileAccess.Write,
            FileShare.None,
            64 * 1024))
            foreach (var entry in Entries)
            {
                var line = JsonSerializer.SerializeToUtf8Bytes(CitationsOf(entry), JsonFile.Options);
                blocks.Add(new CitationBlock(file.Position, line.Length));
                file.Write(line);
                file.WriteByte((byte)'\n');
            }
        JsonFile.Write(Path.Combine(indexDirectory, FileName), new Stored([.. Entries], blocks, [.. Relations]));
    }

    /// <summary>
    /// The registry of an index folder. An index written before the citations file existed has no
    /// citations to show until it is imported again.
    /// </summary>
    public static DirectiveRegistry Load(string indexDirectory)
    {
        var path = Path.Combine(indexDirectory, FileName);
        var stored = File.Exists(path) ? JsonFile.Read<Stored>(path) : null;
        // One copy of each type and document id: a document citing three directives is in three entries.
        var strings = new StringPool();
        var entries = (stored?.Entries ?? []).Select(e => e with
        {
            Type = strings.One(e.Type),
            Documents = e.Documents.Select(id => strings.One(id)).ToArray(),
        }).ToList();

        var citationsPath = Path.Combine(indexDirectory, CitationsFileName);
        if (stored?.Citations is not { } blocks || blocks.Count != entries.Count || !File.Exists(citationsPath))
            return new DirectiveRegistry(entries, stored?.Relations ?? [], _ => []);
        var blockOf = entries
            .Select((entry, i) => (entry.Slug, Block: blocks[i]))
            .ToDictionary(e => e.Slug, e => e.Block, StringComparer.Ordinal);
        var file = File.OpenHandle(citationsPath, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete);
        return new DirectiveRegistry(
            entries, stored.Relations ?? [], entry => ReadCitations(file, blockOf[entry.Slug]), file);
    }

    private static IReadOnlyList<DirectiveCitation> ReadCitations(SafeFileHandle file, CitationBlock block)
    {
        var bytes = new byte[block.Length];
        var read = 0;
        while (read < bytes.Length)
        {
            var count = RandomAccess.Read(file, bytes.AsSpan(read), block.At + read);
            if (count <= 0) throw new InvalidDataException($"{CitationsFileName} ends before the citations it lists.");
            read += count;
        }
        return JsonSerializer.Deserialize<List<DirectiveCitation>>(bytes, JsonFile.Options) ?? [];
    }
}
