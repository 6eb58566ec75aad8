using Archive.Extraction;
using Archive.Model;
using Archive.Text;

namespace Archive.Browse;

/// <summary>One document naming a person, with the name as that document spells it and their roles in it.</summary>
public sealed record PersonMention(Person Person, DocumentSummary Document);

/// <summary>
/// One person among those a name (a slug) may stand for: the spellings they go by, the provinces their
/// roles were held in, and the documents that name them. <see cref="Key"/> tells namesakes apart on a page.
/// </summary>
public sealed record NamedPerson(
    string Key,
    string Name,
    IReadOnlyList<string> Spellings,
    IReadOnlyList<string> Provinces,
    IReadOnlyList<PersonMention> Mentions,
    bool Unsure = false)
{
    /// <summary>The documents naming this person, newest first.</summary>
    public IReadOnlyList<DocumentSummary> Documents { get; } =
        Mentions.Select(m => m.Document).DistinctBy(d => d.Id).OrderByDescending(d => d.Date).ToList();

}

/// <summary>
/// Tells apart the people one name stands for, and joins the spellings of one person. Precision first:
/// documents are kept apart only where their roles and places say so, and joined only where they agree.
/// <list type="bullet">
/// <item>Spellings that differ in case, tone placement, NFC/NFD or hyphens are one spelling.</item>
/// <item>A spelling with no diacritic at all ("Nguyen Van An") is the one marked spelling beside it, if
/// there is one; marked spellings that differ ("Hùng", "Hưng") are different names unless the two share a
/// specific role (a typo: "Nguyễn Ngọc Thiên, Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch").</item>
/// <item>Roles place a person: the province a role names ("Bí thư Tỉnh ủy Thái Bình"), else the
/// document's. A central role places nowhere. One name with roles in two provinces is two people,
/// unless the two share a specific role.</item>
/// <item>A document naming the name with no role, or only a central one, goes to the one person it can
/// be; where there are several, to the one of its province, else to a group of its own, marked
/// <see cref="NamedPerson.Unsure"/>.</item>
/// </list>
/// </summary>
public static class Namesakes
{
    /// <summary>The key of the documents that cannot tell which of a spelling's namesakes they mean.</summary>
    public const string UnsureKey = "chua-ro-la-ai";

    /// <summary>The key of a person no role places in a province.</summary>
    public const string NowhereKey = "khong-ro-tinh";

    public static IReadOnlyList<NamedPerson> Of(CatalogGroup name)
    {
        var mentions = name.Documents
            .SelectMany(d => d.People.Where(p => Slugs.Of(p.Name) == name.Slug).Take(1)
                .Select(p => new PersonMention(p, d)))
            .ToList();
        var people = SpellingsOfOnePerson(mentions).SelectMany(Placed).ToList();
        return Keyed(people);
    }

    /// <summary>"Kim Jong-un" and "kim jong un", "Hoà" and "Hòa" are one spelling.</summary>
    public static string Spelling(string name) =>
        string.Join(' ', VietnameseText.Canonicalize(name).ToLowerInvariant()
            .Split(NameSeparators, StringSplitOptions.RemoveEmptyEntries));

    private static readonly char[] NameSeparators = [' ', '-', '‐', '–', '.', '\u00A0', '\'', '’'];

    private static List<List<PersonMention>> SpellingsOfOnePerson(List<PersonMention> mentions)
    {
        var spellings = mentions.GroupBy(m => Spelling(m.Person.Name), StringComparer.Ordinal)
            .Select(g => g.ToList()).ToList();
        var joined = new Joins(spellings.Count);
        var marked = Enumerable.Range(0, spellings.Count)
            .Where(i => VietnameseText.HasDiacritics(spellings[i][0].Person.Name)).ToList();
        if (marked.Count == 1)
            foreach (var bare in Enumerable.Range(0, spellings.Count).Except(marked)) joined.Join(bare, marked[0]);
        foreach (var a in marked)
            foreach (var b in marked.Where(b => b > a && ShareARole(spellings[a], spellings[b])))
                joined.Join(a, b);
        return joined.Groups(spellings);
    }

    /// <summary>One spelling's mentions parted into people by the provinces their roles place them in.</summary>
    private static IEnumerable<NamedPerson> Placed(List<PersonMention> mentions)
    {
        var byProvince = mentions.Select(m => (Mention: m, Province: PlaceOf(m)))
            .Where(p => p.Province is not null)
            .GroupBy(p => p.Province!, StringComparer.Ordinal)
            .Select(g => g.Select(p => p.Mention).ToList())
            .ToList();
        var joined = new Joins(byProvince.Count);
        for (var a = 0; a < byProvince.Count; a++)
            for (var b = a + 1; b < byProvince.Count; b++)
                if (ShareARole(byProvince[a], byProvince[b])) joined.Join(a, b);
        var placed = joined.Groups(byProvince).Select(group => group.ToList()).ToList();
        var provinces = placed.Select(p => p.Select(PlaceOf).OfType<string>().ToHashSet(StringComparer.Ordinal))
            .ToList();

        var unplaced = new List<PersonMention>();
        foreach (var mention in mentions.Where(m => PlaceOf(m) is null))
        {
            List<int> candidates = placed.Count == 1 ? [0]
                : Enumerable.Range(0, placed.Count)
                    .Where(i => mention.Document.Province is { } province && provinces[i].Contains(province))
                    .ToList();
            if (candidates.Count == 1) placed[candidates[0]].Add(mention);
            else unplaced.Add(mention);
        }
        foreach (var person in placed)
            yield return Person(person, person.Select(PlaceOf).OfType<string>());
        if (unplaced.Count > 0) yield return Person(unplaced, []) with { Unsure = placed.Count > 0 };
    }

    private static NamedPerson Person(List<PersonMention> mentions, IEnumerable<string> provinces)
    {
        var spellings = mentions.GroupBy(m => VietnameseText.Canonicalize(m.Person.Name), StringComparer.Ordinal)
            .OrderByDescending(g => VietnameseText.HasDiacritics(g.Key)).ThenByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key).ToList();
        return new NamedPerson(
            "", spellings[0], spellings,
            provinces.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(),
            mentions.DistinctBy(m => m.Document.Id).ToList());
    }

    // Keys from the provinces, so a link to one of them ("#quang-ninh") holds while the documents do.
    private static List<NamedPerson> Keyed(List<NamedPerson> people)
    {
        var taken = new HashSet<string>(StringComparer.Ordinal);
        return people
            .OrderByDescending(p => p.Documents.Count).ThenBy(p => p.Name, StringComparer.Ordinal)
            .Select(p =>
            {
                var stem = p.Unsure ? UnsureKey : p.Provinces.Count == 0 ? NowhereKey : Slugs.Of(p.Provinces[0]);
                var key = stem;
                for (var n = 2; !taken.Add(key); n++) key = $"{stem}-{n}";
                return p with { Key = key };
            })
            .ToList();
    }

    /// <summary>
    /// The province a mention's roles place the person in, or null: no role, or only a central one.
    /// </summary>
    public static string? PlaceOf(PersonMention mention)
    {
        var roles = mention.Person.Roles;
        if (roles.Select(Provinces.NamedIn).FirstOrDefault(p => p is not null) is { } named) return named;
        if (roles.All(Provinces.IsCentralRole)) return null;
        return mention.Document.Province is { } province && province != Provinces.Central ? province : null;
    }

    private static bool ShareARole(List<PersonMention> a, List<PersonMention> b)
    {
        var roles = b.SelectMany(m => m.Person.Roles).Select(RoleWords).Where(IsSpecific).ToList();
        return a.SelectMany(m => m.Person.Roles).Select(RoleWords).Where(IsSpecific)
            .Any(x => roles.Any(y => Similar(x, y)));
    }

    private static HashSet<string> RoleWords(string role) =>
        VietnameseText.Fold(role).Split(RoleSeparators, StringSplitOptions.RemoveEmptyEntries)
            .ToHashSet(StringComparer.Ordinal);

    private static readonly char[] RoleSeparators = [' ', ',', '.', '-', '–', '(', ')', '/', '\u00A0'];

    // Words any office has ("Phó Chủ tịch UBND tỉnh"): a role of these alone fits thousands of people.
    private static readonly HashSet<string> OfficeWords = new(
        [
            "pho", "chu", "tich", "ubnd", "hdnd", "ub", "uy", "ban", "nhan", "dan", "tinh", "thanh", "huyen", "xa",
            "quan", "phuong", "thi", "tran", "truong", "giam", "doc", "bi", "thu", "vien", "thuong", "truc", "vu",
            "so", "cong", "an", "dang", "va", "cua", "kiem", "tra", "to", "chuc", "tuyen", "giao", "mat", "tran",
            "hoi", "doan", "bo", "nganh", "cuc", "phong", "chi", "cap", "tp", "uv", "btv", "ctv",
        ],
        StringComparer.Ordinal);

    private static bool IsSpecific(HashSet<string> words) =>
        words.Count >= 3 && words.Count(w => !OfficeWords.Contains(w)) >= 2;

    private static bool Similar(HashSet<string> a, HashSet<string> b)
    {
        var shared = a.Count(b.Contains);
        return shared >= 0.8 * (a.Count + b.Count - shared);
    }

    /// <summary>Which groups have been joined (a disjoint-set forest over group numbers).</summary>
    private sealed class Joins(int count)
    {
        private readonly int[] parent = Enumerable.Range(0, count).ToArray();

        private int Root(int i) => parent[i] == i ? i : parent[i] = Root(parent[i]);

        public void Join(int a, int b) => parent[Root(a)] = Root(b);

        public List<List<PersonMention>> Groups(List<List<PersonMention>> groups) =>
            Enumerable.Range(0, groups.Count).GroupBy(Root).Select(g => g.SelectMany(i => groups[i]).ToList())
                .ToList();
    }
}
