using System.Diagnostics;
using System.Text;
using Archive.Extraction;
using Archive.Index.Schema;
using Archive.Storage;
using Archive.Text;

namespace Archive.Bench;

/// <summary>
/// Where an import's time goes: each extraction stage and the analysis, in µs per document, one thread.
/// </summary>
public static class Stages
{
    public static void Run(string source, int count = 2000)
    {
        var texts = Directory.EnumerateFiles(source, "*.txt").Order(StringComparer.Ordinal).Take(count)
            .Select(f => VietnameseText.Normalize(Encoding.UTF8.GetString(File.ReadAllBytes(f)))).ToList();
        var layouts = texts.Select(Layout.Read).ToList();
        var documents = texts
            .Select((t, i) => DocumentParser.Parse($"{i}.txt", Encoding.UTF8.GetBytes(t)).Document!)
            .ToList();
        var analyzer = IndexSchema.CreateAnalyzer();

        Console.WriteLine($"| stage ({texts.Count} documents, one thread) | µs per document |");
        Console.WriteLine("|---|---:|");
        Time(
            "whole parse (decode, layout, extraction, hash)",
            texts,
            t => DocumentParser.Parse("x.txt", Encoding.UTF8.GetBytes(t)));
        Time("layout (title, dateline, captions, byline)", texts, t => Layout.Read(t));
        Time("directives", layouts, l => DirectiveExtraction.Find(l.Paragraphs));
        Time("people", layouts, l => PeopleExtraction.Find(l.Paragraphs, l.Captions));
        Time("dates, organisation, location", layouts, l =>
        {
            EventDateExtraction.Find(l.Paragraphs, null, []);
            OrganisationExtraction.Find(l.Title, l.Paragraphs[0]);
            Provinces.NamedIn(l.Paragraphs[0]);
        });
        Time("JSON of the model", documents, d => System.Text.Json.JsonSerializer.Serialize(d, JsonFile.Options));
        foreach (var field in new[]
        {
            IndexSchema.Body, IndexSchema.BodyFolded, IndexSchema.BodyPairs, IndexSchema.BodyExactPairs
        })
            Time($"analysis of the body: {field}", documents, d =>
            {
                using var stream = analyzer.GetTokenStream(field, IndexSchema.BodyText(d));
                stream.Reset();
                while (stream.IncrementToken()) { }
                stream.End();
            });
    }

    private static void Time<T>(string name, IReadOnlyList<T> items, Action<T> work)
    {
        foreach (var item in items) work(item); // warm-up: JIT tiers, per-thread analyzer components
        var clock = Stopwatch.StartNew();
        foreach (var item in items) work(item);
        Console.WriteLine($"| {name} | {clock.Elapsed.TotalMilliseconds * 1000 / items.Count:0} |");
    }
}
