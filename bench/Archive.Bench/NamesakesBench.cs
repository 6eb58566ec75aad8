using System.Diagnostics;
using Archive.Browse;
using Archive.Index;

namespace Archive.Bench;

/// <summary>
/// How the people of one name are told apart over a whole index: how many names stand for several
/// people and why, what it costs, and the largest cases to read by hand.
/// </summary>
public static class NamesakesBench
{
    public static void Run(string index, int shown)
    {
        using var archive = ArchiveIndex.Open(index);
        var catalog = archive.Catalog;
        var clock = Stopwatch.StartNew();
        var told = catalog.People.Select(name => (Name: name, People: Namesakes.Of(name))).ToList();
        var ms = clock.Elapsed.TotalMilliseconds;

        var several = told.Where(t => t.People.Count > 1).ToList();
        var bySpelling = several.Count(t => t.People.Select(p => p.Name).Distinct().Count() > 1);
        var byPlace = several.Count(t => t.People.GroupBy(p => p.Name).Any(g => g.Count(p => !p.Unsure) > 1));
        var joinedSpellings = told.Sum(t => t.People.Count(p => p.Spellings
            .Select(s => Namesakes.Spelling(s)).Distinct().Count() > 1));
        Console.WriteLine("| names | people | names of several people | by spelling | by province | " +
                          "people of several spellings | ms, all names |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|");
        Console.WriteLine($"| {told.Count:N0} | {told.Sum(t => t.People.Count):N0} | {several.Count:N0} | " +
                          $"{bySpelling:N0} | {byPlace:N0} | {joinedSpellings:N0} | {Measure.F(ms)} |");
        Console.WriteLine();
        foreach (var (name, people) in several.OrderByDescending(t => t.Name.Documents.Count).Take(shown))
        {
            Console.WriteLine($"{name.Slug} ({name.Documents.Count} documents)");
            foreach (var person in people)
            {
                var roles = person.Mentions.SelectMany(m => m.Person.Roles).Distinct().Take(4);
                Console.WriteLine($"    #{person.Key} {person.Name} [{string.Join(", ", person.Spellings)}] " +
                                  $"{person.Documents.Count} docs, roles: " + string.Join("; ", roles));
            }
        }
        foreach (var person in told.SelectMany(t => t.People)
                     .Where(p => p.Spellings.Select(Namesakes.Spelling).Distinct().Count() > 1).Take(shown))
            Console.WriteLine($"joined: {string.Join(" = ", person.Spellings)}; roles: " +
                              string.Join("; ", person.Mentions.SelectMany(m => m.Person.Roles).Distinct().Take(3)));
    }
}
