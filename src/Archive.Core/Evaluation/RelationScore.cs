using System.Globalization;
using Archive.Model;

namespace Archive.Evaluation;

/// <summary>
/// Precision and recall of the relations read from each file, per kind and over all kinds, and of what the
/// event each file reports does to a directive (<see cref="Events"/>).
/// </summary>
public static class RelationScore
{
    public const string All = "all";
    public const string Events = "events";

    public static IReadOnlyList<FieldScore> Score(IEnumerable<(GoldRelationFile Gold, ArchiveDocument? Document)> pairs)
    {
        var kinds = Enum.GetValues<RelationKind>();
        var scores = kinds.Select(k => k.ToString()).Append(All).ToDictionary(k => k, k => new FieldScore(k));
        var events = new FieldScore(Events);
        foreach (var (gold, document) in pairs)
        {
            var read = (document?.Relations ?? [])
                .Select(r => (r.Kind, Key: Key(r.From, r.Kind, r.To, r.Years))).Distinct().ToList();
            var expected = gold.Relations.Select(r => (r.Kind, Key: Key(r.From, r.Kind, r.To, r.Years))).ToList();
            foreach (var kind in kinds)
                scores[kind.ToString()].AddSet(
                    gold.File,
                    expected.Where(r => r.Kind == kind).Select(r => r.Key).ToList(),
                    read.Where(r => r.Kind == kind).Select(r => r.Key).ToList(),
                    string.Equals);
            scores[All].AddSet(gold.File, expected.Select(r => r.Key).ToList(), read.Select(r => r.Key).ToList(),
                string.Equals);
            events.AddSet(
                gold.File,
                gold.Events.Select(e => Key("event", e.Kind, e.To, e.Years)).ToList(),
                (document?.EventRelations ?? []).Select(e => Key("event", e.Kind, e.To, e.Years)).ToList(),
                string.Equals);
        }
        return [.. scores.Values, events];
    }

    // A review's years are part of what is stated: "sơ kết 5 năm" and "tổng kết 10 năm" are two reviews.
    private static string Key(string from, RelationKind kind, string to, int? years) =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"{ExtractionScore.Code(from)} {kind}{(years is { } y ? $"({y})" : "")} {ExtractionScore.Code(to)}");
}
