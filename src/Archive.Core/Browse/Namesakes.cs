using System.Text.RegularExpressions;
using Archive.Extraction;
using Archive.Model;
using Archive.Text;

namespace Archive.Browse;

/// <summary>One document naming a person, with the name as that document spells it and their roles in it.</summary>
public sealed record PersonMention(Person Person, DocumentSummary Document);

/// <summary>
/// One person among those a name (a slug) may stand for: the spellings they go by, the province their
/// roles were held in (null when none places them), and the documents that name them. <see cref="Key"/>
/// tells namesakes apart on a page; <see cref="Unsure"/> marks the documents that name the name without
/// saying which of its placed people they mean.
/// </summary>
public sealed record NamedPerson(
    string Key,
    string Name,
    IReadOnlyList<string> Spellings,
    string? Province,
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
/// document's when it is a local office; a central role, a rank or a calling places nowhere
/// (<see cref="PlaceOf"/>). One spelling with roles in two provinces is two people: a cadre who moved is
/// shown as two, which the page lets a reader join, rather than two people as one.</item>
/// <item>A document naming the name with no role, or only a central one, goes to the one person it can
/// be; where there are several, to the one of its province, else to the only one with a specific role it
/// names ("nguyên Phó chánh Thanh tra giao thông"), else to a group of its own, marked
/// <see cref="NamedPerson.Unsure"/>.</item>
/// </list>
/// </summary>
public static partial class Namesakes
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
        var places = mentions.Select(PlaceOf).ToList();
        // "Chủ tịch UBND TP" in a Cần Thơ document is the "Chủ tịch UBND TP.HCM" of the others, not a
        // namesake in Cần Thơ: a place the document gives yields to one a role names, for the same role.
        var named = mentions.Zip(places).Where(p => p.Second is { Named: true })
            .SelectMany(p => p.First.Person.Roles.Select(role => (p.Second!.Value.Province, Words: RoleWords(role))))
            .ToList();
        for (var i = 0; i < places.Count; i++)
        {
            if (places[i] is { Named: true }) continue;
            var roles = mentions[i].Person.Roles.Where(IsLocalOffice).Select(RoleWords).ToList();
            if (roles.Count == 0) continue;
            var narrower = named.Where(n => roles.All(r => r.IsSubsetOf(n.Words))).Select(n => n.Province)
                .Distinct(StringComparer.Ordinal).ToList();
            if (narrower.Count == 1) places[i] = new Place(narrower[0], Named: true);
        }

        var placed = places.OfType<Place>().Select(p => p.Province).Distinct(StringComparer.Ordinal)
            .Select(province => (Province: province, Mentions: new List<PersonMention>()))
            .ToList();
        var unplaced = new List<PersonMention>();
        for (var i = 0; i < mentions.Count; i++)
        {
            var province = places[i]?.Province ?? mentions[i].Document.Province;
            var person = placed.Count == 1 ? 0 : placed.FindIndex(p => p.Province == province);
            if (person >= 0) placed[person].Mentions.Add(mentions[i]);
            else unplaced.Add(mentions[i]);
        }
        // "nguyên Phó chánh TTGT" with no place is the one placed person who held that specific role.
        foreach (var mention in unplaced.ToList())
        {
            var roles = mention.Person.Roles.Select(RoleWords).Where(IsSpecific).ToList();
            var sharing = placed.FindAll(p => p.Mentions.SelectMany(m => m.Person.Roles).Select(RoleWords)
                .Any(held => roles.Any(r => r.IsSubsetOf(held))));
            if (sharing.Count != 1) continue;
            sharing[0].Mentions.Add(mention);
            unplaced.Remove(mention);
        }
        foreach (var (province, person) in placed) yield return Person(person, province);
        if (unplaced.Count > 0) yield return Person(unplaced, null) with { Unsure = placed.Count > 0 };
    }

    private static NamedPerson Person(List<PersonMention> mentions, string? province)
    {
        var spellings = mentions.GroupBy(m => VietnameseText.Canonicalize(m.Person.Name), StringComparer.Ordinal)
            .OrderByDescending(g => VietnameseText.HasDiacritics(g.Key)).ThenByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key).ToList();
        return new NamedPerson(
            "", spellings[0], spellings,
            province,
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
                var stem = p.Unsure ? UnsureKey : p.Province is null ? NowhereKey : Slugs.Of(p.Province);
                var key = stem;
                for (var n = 2; !taken.Add(key); n++) key = $"{stem}-{n}";
                return p with { Key = key };
            })
            .ToList();
    }

    /// <summary>
    /// The province a mention's roles place the person in, or null. A province a role names places
    /// ("Bí thư Tỉnh ủy Thái Bình"); a central role places nowhere ("Phó Thủ tướng" on a visit); a local
    /// office ("Chủ tịch UBND tỉnh") places in the document's province. Ranks and callings ("Thượng úy",
    /// "HLV", "bác sĩ") and names that are not Vietnamese place nowhere: the news of any province reports them.
    /// </summary>
    private static Place? PlaceOf(PersonMention mention)
    {
        var roles = mention.Person.Roles;
        var surname = mention.Person.Name.Split(' ', 2)[0];
        if (roles.Count == 0 || !PersonNames.IsSurname(VietnameseText.Canonicalize(surname))) return null;
        if (roles.Select(NamedIn).FirstOrDefault(p => p is not null) is { } named) return new Place(named, Named: true);
        if (roles.Any(Provinces.IsCentralRole) || !roles.Any(IsLocalOffice)) return null;
        return mention.Document.Province is { } province && province != Provinces.Central
            ? new Place(province, Named: false)
            : null;
    }

    /// <summary>A province a mention is placed in, and whether a role names it or the document gives it.</summary>
    private readonly record struct Place(string Province, bool Named);

    private static string? NamedIn(string role) =>
        Provinces.NamedIn(role) ?? (HoChiMinhCity().IsMatch(role) ? "Hồ Chí Minh" : null);

    // "TP.HCM", "TPHCM", "TP HCM", "TP. HCM": the city's usual short name, which names no province's words.
    [GeneratedRegex(@"\bTP\.?\s?HCM\b")]
    private static partial Regex HoChiMinhCity();

    // Words of a province's, district's or commune's own offices.
    private static readonly string[] LocalOfficeWords =
        ["tinh", "ubnd", "hdnd", "huyen", "xa", "so", "quan", "phuong", "thanh pho", "tp", "thi xa", "thi tran",
         "thanh uy", "tinh uy", "huyen uy", "dang uy"];

    private static bool IsLocalOffice(string role)
    {
        var words = " " + string.Join(' ', RoleWordList(role)) + " ";
        return LocalOfficeWords.Any(w => words.Contains(" " + w + " ", StringComparison.Ordinal));
    }

    private static bool ShareARole(List<PersonMention> a, List<PersonMention> b)
    {
        var roles = b.SelectMany(m => m.Person.Roles).Select(RoleWords).Where(IsSpecific).ToList();
        return a.SelectMany(m => m.Person.Roles).Select(RoleWords).Where(IsSpecific)
            .Any(x => roles.Any(y => Similar(x, y)));
    }

    private static string[] RoleWordList(string role) =>
        VietnameseText.Fold(role).Split(RoleSeparators, StringSplitOptions.RemoveEmptyEntries);

    private static HashSet<string> RoleWords(string role) => RoleWordList(role).ToHashSet(StringComparer.Ordinal);

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
