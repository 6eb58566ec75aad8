using Archive.Text;

namespace Archive.Browse;

/// <summary>
/// One role a person held as the documents say: in which province (the documents'), first and last seen,
/// and the documents that give it.
/// </summary>
public sealed record RoleSpan(
    string Role,
    string? Province,
    DateOnly? First,
    DateOnly? Last,
    IReadOnlyList<DocumentSummary> Documents);

/// <summary>
/// A person's roles over time, read from the dated documents that name them. Spellings of one role
/// ("Phó Chủ tịch UBND tỉnh", "phó chủ tịch UBND tỉnh") are one; one role in two provinces is two spans.
/// </summary>
public static class RoleHistory
{
    public static IReadOnlyList<RoleSpan> Of(NamedPerson person) =>
        person.Mentions
            .SelectMany(m => m.Person.Roles.Select(role => (Role: role, m.Document)))
            .GroupBy(h => (Role: Slugs.Of(h.Role), h.Document.Province))
            .Select(g =>
            {
                var documents = g.Select(h => h.Document).DistinctBy(d => d.Id).OrderBy(d => d.Date is null)
                    .ThenBy(d => d.Date).ToList();
                var dates = documents.Select(d => d.Date).OfType<DateOnly>().ToList();
                // The spelling most documents use.
                var role = g.GroupBy(h => h.Role, StringComparer.Ordinal).OrderByDescending(s => s.Count())
                    .ThenBy(s => s.Key, StringComparer.Ordinal).First().Key;
                return new RoleSpan(
                    role,
                    g.Key.Province,
                    dates.Count == 0 ? null : dates.Min(),
                    dates.Count == 0 ? null : dates.Max(),
                    documents);
            })
            .OrderBy(s => s.First is null).ThenBy(s => s.First).ThenBy(s => s.Role, StringComparer.Ordinal)
            .ToList();
}
