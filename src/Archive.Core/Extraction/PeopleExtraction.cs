using System.Text.RegularExpressions;
using Archive.Model;
using Archive.Text;

namespace Archive.Extraction;

/// <summary>
/// People named the way Vietnamese news introduces them, with the roles the text gives them: an office
/// before the name ("Tổng Bí thư Tô Lâm", "Phó Chủ tịch UBND tỉnh Quảng Nam Lê Văn A"), offices then
/// " - Name", "đồng chí/ông/bà Name, role, role", and lists ("gồm các đồng chí: A, role; B, role").
/// </summary>
/// <remarks>
/// The text is read once as words; every rule looks at a word and the few after it, so a long
/// paragraph costs its length and no more.
/// </remarks>
internal static partial class PeopleExtraction
{
    private const string OfficeBeforeName = "people: office before name";
    private const string OfficesDashName = "people: offices - name";
    private const string Comrade = "people: đồng chí + name";
    private const string Honorific = "people: ông/bà + name";
    private const string List = "people: list after gồm các đồng chí";
    private const string NameThenOffice = "people: name, office";

    // Words, and each punctuation mark on its own; "TP.HCM", "PGS.TS", "LĐ-TB&XH", "D'Acunto" stay whole.
    private const string DottedShortForm = @"(?:TP|Tp|TX|Q|P|PGS|GS|TS|ThS)\.(?!\p{L})";
    private const string WholeWord = @"[\p{L}\p{M}\p{N}](?:[\p{L}\p{M}\p{N}'’.&/\-]*[\p{L}\p{M}\p{N}])?";

    [GeneratedRegex(DottedShortForm + "|" + WholeWord + @"|\S")]
    private static partial Regex Word();

    private const string Titles =
        @"[Đđ]ồng\s+chí|[Đđ]/[Cc]|[Ôô]ng|[Bb]à|[Aa]nh|[Cc]hị|[Cc]ố|[Tt]hầy|[Cc]ô|[Nn]gài|[Bb]ị\s+can|"
        + @"[Bb]ị\s+cáo";

    [GeneratedRegex($@"\G(?:{Titles})(?![\p{{L}}\p{{N}}/])")]
    private static partial Regex Title();

    // "gồm các đồng chí:", "các ông", "có các đồng chí Ủy viên BCH Trung ương Đảng:".
    [GeneratedRegex(@"\G(?:[Gg]ồm\s+|[Cc]ó\s+)?[Cc]ác\s+(?:đồng\s+chí|ông|bà)(?![\p{L}\p{N}])")]
    private static partial Regex ListStart();

    // The words between a name and an office it holds or is given: "X khi giữ cương vị …", "X (khi bị bắt
    // là …)", "X là …", "X, Phó giám đốc Sở, được điều động, bổ nhiệm giữ chức vụ …". Only ever followed by
    // an office word, so "ông X là người …" or "được giao nhiệm vụ" add nothing.
    private const string WhenHolding = @"khi(?:\s+\p{Ll}+){0,3}?\s+(?:giữ\s+(?:cương\s+vị|chức(?:\s+vụ)?)|là)";
    private const string Holds =
        @"(?:hiện\s+(?:đang\s+)?|từng\s+|đang\s+|nguyên\s+|vốn\s+)?"
        + @"(?:là|giữ\s+(?:cương\s+vị|chức(?:\s+(?:vụ|danh))?)|làm)|đảm\s+nhận\s+chức(?:\s+vụ)?";
    private const string IsAppointed =
        @"được\s+(?:điều\s+động,?\s+)?(?:bổ\s+nhiệm|chỉ\s+định|bầu|phân\s+công|điều\s+động)(?:\s+lại)?"
        + @"(?:\s+(?:giữ\s+chức(?:\s+vụ|\s+danh)?|làm|là))?";

    [GeneratedRegex(@"\G(?:" + WhenHolding + "|" + Holds + "|" + IsAppointed + @")\s+")]
    private static partial Regex Holding();

    // "Trưởng Ban Nội Chính T.Ư": after the head of a unit comes its name, which some outlets capitalise
    // throughout; a person there ("Trưởng ban Phan Đình Trạc") starts at a family name.
    [GeneratedRegex(@"(?i:\s(?:ban|đoàn|phòng))$")]
    private static partial Regex NamesAUnit();

    public static IReadOnlyList<Person> Find(
        IReadOnlyList<string> paragraphs,
        IReadOnlyList<string> captions,
        string? title = null) =>
        FindWithEvidence(paragraphs, captions, title).People;

    /// <summary>The people, and for each the mention that introduced them.</summary>
    public static (IReadOnlyList<Person> People, IReadOnlyList<Evidence> Evidence) FindWithEvidence(
        IReadOnlyList<string> paragraphs,
        IReadOnlyList<string> captions,
        string? title = null)
    {
        var people = new List<Found>();
        for (var i = 0; i < paragraphs.Count; i++)
            new Reader(paragraphs[i], EvidencePart.Paragraph, i, people).ReadAll();
        // Captions and the headline name people too, but repeat body text with typos and short forms:
        // use them only for people the body lacks.
        var elsewhere = new List<Found>();
        if (title is not null) new Reader(title, EvidencePart.Title, 0, elsewhere).ReadAll();
        for (var i = 0; i < captions.Count; i++) new Reader(captions[i], EvidencePart.Caption, i, elsewhere).ReadAll();
        var inBody = people.Select(p => Folded(p.Name)).ToHashSet(StringComparer.Ordinal);
        people.AddRange(elsewhere.Where(c => !inBody.Contains(Folded(c.Name))));
        return (people.Select(p => new Person(p.Name, p.Roles)).ToList(), people.Select(p => p.Evidence).ToList());
    }

    // "Sven Goran Eriksson" in a caption is "Sven-Göran Eriksson" of the body.
    private static string Folded(string name) => VietnameseText.Fold(name.Replace('-', ' '));

    private sealed record Found(string Name, List<string> Roles, Evidence Evidence);

    /// <summary>One text's words, read left to right.</summary>
    private sealed class Reader
    {
        private readonly string _text;
        private readonly string _part;
        private readonly int _index;
        private readonly List<Found> _people;
        private readonly List<string> _words = [];
        private readonly List<int> _starts = [];

        // Offices listed before a name and separated by commas ("Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy
        // - A"), waiting for the name; kept only while the next word goes on with another office.
        private readonly List<string> _pending = [];
        private int _pendingStart;
        private int _pendingAt = -1;

        // "miễn nhiệm Phó Chủ tịch UBND tỉnh, nhiệm kỳ 2021-2026, đối với ông A": the office read before
        // the name, kept for the title word that introduces it.
        private int _deferredAt = -1;
        private string _deferred = "";

        public Reader(string text, string part, int index, List<Found> people)
        {
            (_text, _part, _index, _people) = (text, part, index, people);
            foreach (Match word in Word().Matches(text))
            {
                // "Huỳnh Nghĩa-ĐBQH", "Nguyễn Bình-Chủ tịch": a name glued to its role.
                var dash = word.Value.LastIndexOf('-');
                if (dash > 0 && dash < word.Length - 2 && PersonNames.IsNameWord(word.Value[..dash])
                    && (word.Value[(dash + 1)..].All(char.IsUpper)
                        || Offices.Head().IsMatch(text, word.Index + dash + 1)))
                {
                    AddWord(word.Value[..dash], word.Index);
                    AddWord("-", word.Index + dash);
                    AddWord(word.Value[(dash + 1)..], word.Index + dash + 1);
                }
                else AddWord(word.Value, word.Index);
            }
        }

        private void AddWord(string word, int start)
        {
            // Names and places are compared with lists: give them one spelling ("Hoà Bình" is "Hòa Bình").
            _words.Add(char.IsUpper(word[0]) ? VietnameseText.Canonicalize(word) : word);
            _starts.Add(start);
        }

        // The office or the going-on starting at word k; the word itself rules most positions out.
        private Match HeadAt(int k) =>
            Offices.MayStartHead(_words[k]) ? Offices.Head().Match(_text, _starts[k]) : Match.Empty;

        private bool GoesOnAt(int k) =>
            Offices.MayGoOn(_words[k]) && Offices.SentenceGoesOn().IsMatch(_text, _starts[k]);

        public void ReadAll()
        {
            var i = 0;
            while (i < _words.Count)
            {
                if (i != _pendingAt) _pending.Clear();
                var next = ReadList(i) ?? ReadTitled(i) ?? ReadOffice(i) ?? ReadNameThenOffice(i) ?? i + 1;
                i = Math.Max(next, i + 1);
            }
        }

        // "gồm các đồng chí: A, role; B, role và C": each entry a name, maybe an office before it, roles after.
        private int? ReadList(int i)
        {
            var start = ListStart().Match(_text, _starts[i]);
            if (!start.Success) return null;
            var at = WordAt(start.Index + start.Length);
            // "các đồng chí Ủy viên BCH Trung ương Đảng: A, ...": what they share comes before the colon.
            for (var k = at; k < Math.Min(_words.Count, at + 12); k++)
                if (_words[k] == ":") { at = k + 1; break; }
                else if (_words[k] is "." or ";") break;
            var read = 0;
            while (at < _words.Count)
            {
                if (Title().Match(_text, _starts[at]) is { Success: true } title)
                    at = WordAt(title.Index + title.Length);
                var end = ReadEntry(at, _starts[i], List);
                if (end is null) break;
                read++;
                at = end.Value;
                if (at < _words.Count && _words[at] is ";" or "," or "và") at++;
                else break;
            }
            return read > 0 ? at : null;
        }

        // "đồng chí A, role", "ông A", "cố Tổng Bí thư A", "đồng chí Bí thư Tỉnh ủy A".
        private int? ReadTitled(int i)
        {
            var title = Title().Match(_text, _starts[i]);
            if (!title.Success || PlaceBefore(i)) return null;
            var at = WordAt(title.Index + title.Length);
            // A capitalised "Bà" inside a run of names is part of a place: "Bà Rịa", "Khu du lịch Núi Bà Đen".
            if (char.IsUpper(title.Value[0]) && i > 0 && PersonNames.IsNameWord(_words[i - 1])) return null;
            var rule = title.Value.StartsWith('đ') || title.Value.StartsWith('Đ') ? Comrade : Honorific;
            // "anh", "chị" are also "you" and "brother": only with a family name after them.
            var needSurname = title.Value.ToLowerInvariant() is "anh" or "chị";
            var roles = i == _deferredAt ? [_deferred] : new List<string>();
            return ReadEntry(at, _starts[i], rule, needSurname, roles);
        }

        // "miễn nhiệm", "bãi nhiệm", "bổ nhiệm (lại)", "cách chức", maybe with "chức danh"/"chức vụ", right before
        // an office. A nomination ("giới thiệu nhân sự chức danh …") gives no office yet.
        private bool IsDecisionBefore(int i)
        {
            var k = i;
            if (k >= 2 && _words[k - 2] == "chức" && _words[k - 1] is "danh" or "vụ") k -= 2;
            if (k >= 1 && _words[k - 1] == "lại") k--;
            return k >= 2 && (_words[k - 2], _words[k - 1]) is ("miễn" or "bãi" or "bổ", "nhiệm") or ("cách", "chức");
        }

        /// <summary>The title word of "đối với ông A" a few words on in the same sentence, or null.</summary>
        private int? DecisionSubject(int from)
        {
            for (var k = from; k + 2 < _words.Count && k < from + 12; k++)
            {
                if (_words[k] is "." or ";" or ":") return null;
                if (_words[k] == "đối" && _words[k + 1] == "với" && Title().IsMatch(_text, _starts[k + 2]))
                    return k + 2;
            }
            return null;
        }

        // "Phó Chủ tịch UBND tỉnh Quảng Nam Lê Văn A", or a role that waits for the name after a dash.
        private int? ReadOffice(int i)
        {
            var head = HeadAt(i);
            if (!head.Success || PlaceBefore(i)) return null;
            var phrase = Phrase(head);
            if (phrase.Name is null
                && phrase.Role.Length > 0
                && IsDecisionBefore(i)
                && DecisionSubject(phrase.End) is { } subject)
            {
                (_deferredAt, _deferred) = (subject, phrase.Role);
                return phrase.End;
            }
            if (phrase.Name is { } name)
            {
                var roles = _pending.Append(phrase.Role).Where(r => r.Length > 0).ToList();
                var rule = phrase.AfterDash ? OfficesDashName : OfficeBeforeName;
                var mentionStart = _pending.Count > 0 ? _pendingStart : _starts[i];
                _pending.Clear();
                return Add(name, roles, mentionStart, rule);
            }
            if (phrase.End < _words.Count && _words[phrase.End] is "," or "-" or "–" && phrase.Role.Length > 0)
            {
                // "thông tin với phóng viên Dân trí, Trung tướng A": a list of offices starts a clause.
                if (_pending.Count == 0
                    && i > 0
                    && !IsPunctuation(_words[i - 1])
                    && _words[i - 1] is not ("có" or "gồm" or "là")
                    && !Title().IsMatch(_text, _starts[i - 1]))
                    return phrase.End;
                if (_pending.Count == 0) _pendingStart = _starts[i];
                _pending.Add(phrase.Role);
                _pendingAt = phrase.End + 1;
                return phrase.End + 1;
            }
            // No name: an office inside this one may still lead to one ("Ngài Tổng Giám đốc ... Đại tướng X").
            return WordAt(head.Index + head.Length);
        }

        // "Nguyễn Văn A, Bí thư Tỉnh ủy" with no title before the name: a family name and an office after it.
        private int? ReadNameThenOffice(int i)
        {
            // "Ông Trọng là …": a title and a given name, not the family name Ông.
            if (!PersonNames.IsSurname(_words[i])
                || Title().IsMatch(_text, _starts[i])
                || (i > 0 && PersonNames.IsNameWord(_words[i - 1]))
                || PlaceBefore(i))
                return null;
            var name = PersonNames.Read(_words, i, afterPlaceWord: false, placeMayBeName: false, needSurname: true);
            if (name is not { } n || n.Start != i) return null;
            var (roles, _) = RolesAfter(n.End);
            if (roles.Count == 0) return null;
            return ReadEntry(i, _starts[i], NameThenOffice, needSurname: true);
        }

        /// <summary>An office (optional) then a name then the roles after it; the word after it, or null.</summary>
        private int? ReadEntry(
            int at,
            int mentionStart,
            string rule,
            bool needSurname = false,
            List<string>? rolesBefore = null)
        {
            if (at >= _words.Count) return null;
            var head = HeadAt(at);
            if (head.Success)
            {
                var phrase = Phrase(head);
                return phrase.Name is { } named ? Add(named, [phrase.Role], mentionStart, rule) : null;
            }
            if (!PersonNames.IsNameWord(_words[at])) return null;
            var name = PersonNames.Read(_words, at, afterPlaceWord: false, placeMayBeName: false, needSurname);
            if (name is not { } n || n.Start != at) return null;
            return Add(n, rolesBefore ?? [], mentionStart, rule);
        }

        /// <summary>Records the person and reads the roles written after the name; the word after them.</summary>
        private int Add((int Start, int End) name, List<string> roles, int mentionStart, string rule)
        {
            var (after, end) = RolesAfter(name.End);
            var value = VietnameseText.Canonicalize(
                string.Join(' ', _words.Skip(name.Start).Take(name.End - name.Start)));
            var person = _people.Find(p => p.Name == value);
            if (person is null)
            {
                var spanEnd = _starts[name.End - 1] + _words[name.End - 1].Length;
                var evidence = Evidence.In(_part, _index, _text, mentionStart, spanEnd - mentionStart, "people",
                    value, rule);
                person = new Found(value, [], evidence);
                _people.Add(person);
            }
            // A later mention often shortens or lengthens an office ("Trưởng đoàn ĐBQH tỉnh Nghệ An"): keep the first.
            foreach (var role in roles.Concat(after))
                if (!person.Roles.Any(r => SameOffice(r, role)))
                    person.Roles.Add(role);
            return end;
        }

        /// <summary>", Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh" or " - Phó Bí thư Tỉnh ủy" after a name.</summary>
        private (List<string> Roles, int End) RolesAfter(int at)
        {
            var roles = new List<string>();
            // "Nguyễn Văn A (Chủ tịch HĐQT Công ty X)", "(khi bị bắt là bí thư Tỉnh ủy Y)": one role in brackets.
            if (at + 1 < _words.Count && _words[at] == "(")
            {
                var inside = Holding().Match(_text, _starts[at + 1]) is { Success: true } h
                    ? WordAt(h.Index + h.Length)
                    : at + 1;
                if (inside < _words.Count && HeadAt(inside) is { Success: true } inBrackets)
                {
                    var phrase = Phrase(inBrackets);
                    if (phrase.Name is null
                        && phrase.Role.Length > 0
                        && phrase.End < _words.Count
                        && _words[phrase.End] == ")")
                        return ([phrase.Role], phrase.End + 1);
                }
            }
            // ", Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh", " - Phó Bí thư", " là Phó Chủ tịch",
            // ", được bầu giữ chức Chủ tịch".
            while (at < _words.Count)
            {
                var first = at;
                if (_words[at] is "," or "-" or "–") first++;
                if (first < _words.Count && Holding().Match(_text, _starts[first]) is { Success: true } holding)
                    first = WordAt(holding.Index + holding.Length);
                if (first == at || first >= _words.Count) break;
                var head = HeadAt(first);
                if (!head.Success) break;
                var phrase = Phrase(head);
                // "A, Bí thư Tỉnh ủy; Chủ tịch UBND tỉnh B": an office with its own name belongs to that name.
                if (phrase.Name is not null || phrase.Role.Length == 0) break;
                roles.Add(phrase.Role);
                at = phrase.End;
            }
            return (roles, at);
        }

        private readonly record struct OfficePhrase(string Role, int End, (int Start, int End)? Name, bool AfterDash);

        /// <summary>
        /// The office <paramref name="head"/> begins: up to a name ("Bí thư Tỉnh ủy Lạng Sơn
        /// Nguyễn Quốc Đoàn"), a punctuation mark, or where the sentence goes on ("... chủ trì").
        /// </summary>
        private OfficePhrase Phrase(Match head)
        {
            var first = WordAt(head.Index + head.Length);
            var k = first;
            var lastWordEnd = head.Index + head.Length;
            var capitalsOnly = false;
            while (k < _words.Count && k - first < 20)
            {
                var word = _words[k];
                if (word == "," && CommaInOrganisation(first, k)) { k++; continue; }
                // "Viện Hàn lâm Khoa học xã hội (KHXH) Việt Nam": a short form in brackets, then the name goes on.
                if (word == "("
                    && k + 3 < _words.Count
                    && _words[k + 2] == ")"
                    && _words[k + 1].All(c => char.IsUpper(c) || c is '-' or '&')
                    && char.IsUpper(_words[k + 3][0])
                    && !PersonNames.IsSurname(_words[k + 3]))
                {
                    k += 3;
                    capitalsOnly = true;
                    continue;
                }
                // After such brackets only the rest of the name: "(SVC) TP. Thái Nguyên", not "… cách trung tâm".
                if (capitalsOnly && char.IsLower(word[0])) break;
                if (word is "," or ";" or "." or ":" or "(" or ")" or "!" or "?" or "\"" or "“" or "”" or "…") break;
                if (word is "-" or "–")
                {
                    if (k + 1 < _words.Count
                        && PersonNames.Read(_words, k + 1, false, false, needSurname: false) is { } dashed
                        && dashed.Start == k + 1
                        && EndsMention(dashed.End))
                        return new(RoleText(head.Index, lastWordEnd), k, dashed, AfterDash: true);
                    // "Ủy viên dự khuyết Trung ương Đảng - Bí thư Tỉnh ủy": two offices.
                    if (k + 1 < _words.Count && HeadAt(k + 1).Success) break;
                    k++;
                    continue;
                }
                if (GoesOnAt(k) || Title().IsMatch(_text, _starts[k])) break;
                if (PersonNames.IsNameWord(word))
                {
                    var direct = k == first;
                    // Inside an organisation's name ("Huyện ủy Điện Biên Đông", "Tập đoàn Thuận An") a name
                    // must start at a family name; right after the office word any name will do.
                    var afterPlace = (k > 0 && PersonNames.IsPlaceWord(_words[k - 1]))
                                     || (!direct && !PersonNames.IsSurname(word));
                    var afterNamedPlace = k > 0
                                          && PersonNames.IsNamedPlaceWord(_words[k - 1])
                                          && !(k > 1 && _words[k - 2] == "thành");
                    var placeMayBeName = direct && head.Value.EndsWith("tịch", StringComparison.OrdinalIgnoreCase);
                    var name = PersonNames.Read(
                        _words,
                        k,
                        afterPlace,
                        placeMayBeName,
                        needSurname: direct && NamesAUnit().IsMatch(head.Value),
                        afterNamedPlace);
                    if (name is { } n)
                    {
                        var roleEnd = n.Start == k ? lastWordEnd : _starts[n.Start] - 1;
                        return new(RoleText(head.Index, roleEnd), k, n, AfterDash: false);
                    }
                    while (k < _words.Count && PersonNames.IsNameWord(_words[k]))
                    {
                        lastWordEnd = _starts[k] + _words[k].Length;
                        k++;
                    }
                    continue;
                }
                lastWordEnd = _starts[k] + word.Length;
                k++;
            }
            return new(k - first >= 20 ? "" : RoleText(head.Index, lastWordEnd), k, null, false);
        }

        /// <summary>
        /// A comma inside an organisation's name, not between two offices: "Bộ Văn hóa, Thể thao và Du
        /// lịch", "Ủy ban Tài chính, Ngân sách", "Vụ Pháp chế, Bộ LĐ-TB&amp;XH". Fields of a name are
        /// capitalised on their first word only ("Thể thao"), and a body it belongs to starts with an
        /// organisation word; a person's name, a place or another office after the comma ends the role.
        /// </summary>
        private bool CommaInOrganisation(int first, int comma)
        {
            // "ủy viên Trung ương Đảng khóa XI, XII": the terms go on.
            if (comma + 1 < _words.Count && IsRomanNumeral(_words[comma - 1]) && IsRomanNumeral(_words[comma + 1]))
                return true;
            if (comma + 2 >= _words.Count || !_words.Skip(first).Take(comma - first).Any(w => char.IsUpper(w[0])))
                return false;
            var (next, after) = (_words[comma + 1], _words[comma + 2]);
            if (!char.IsUpper(next[0]) || HeadAt(comma + 1).Success || Title().IsMatch(_text, _starts[comma + 1]))
                return false;
            if (OrganisationWords.Contains(next)) return char.IsUpper(after[0]) && !PersonNames.IsSurname(after);
            return char.IsLower(after[0]) && !PersonNames.IsPlaceWord(next) && !OfficeLikeWords.Contains(next)
                && !GoesOnAt(comma + 2);
        }

        private static bool IsRomanNumeral(string word) => word.All(c => c is 'I' or 'V' or 'X' or 'L');

        // Capitalised words that open an office Head does not know ("Trợ lý", "Thành viên"): not a field of a name.
        private static readonly HashSet<string> OfficeLikeWords = new(
            "Trợ Thành Chuyên Giảng Thư Cán Nhân Đội Lãnh Thống".Split(' '),
            StringComparer.Ordinal);

        // The words that open the name of a body another one belongs to: "Vụ Pháp chế, Bộ Tư pháp".
        private static readonly HashSet<string> OrganisationWords = new(
            "Bộ Sở Ban Vụ Cục Viện Trường Tổng Văn Ủy UBND HĐND Tòa Đảng".Split(' '), StringComparer.Ordinal);

        private static bool SameOffice(string a, string b)
        {
            var (shorter, longer) = a.Length <= b.Length ? (a, b) : (b, a);
            return longer.StartsWith(shorter, StringComparison.OrdinalIgnoreCase)
                && (longer.Length == shorter.Length || longer[shorter.Length] == ' ');
        }

        private static bool IsPunctuation(string word) => word.Length == 1 && !char.IsLetterOrDigit(word[0]);

        private bool EndsMention(int at) =>
            at >= _words.Count || _words[at] is "," or ";" or "." or ":" or ")" or "(" or "-" or "–" or "và"
            || GoesOnAt(at);

        private string RoleText(int start, int end)
        {
            var words = _text[start..Math.Max(start, end)].Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
            while (words.Count > 1 && words[^1] is "và" or "-" or "–") words.RemoveAt(words.Count - 1);
            var role = string.Join(' ', words).TrimEnd(' ', '-', '–');
            return VietnameseText.Canonicalize(role);
        }

        // "Khu lưu niệm Chủ tịch Tôn Đức Thắng", "đường Bà Triệu": a place named after a person.
        // "tưởng niệm Đại tướng X" is a person, "Khu lưu niệm Chủ tịch X" a place.
        private bool PlaceBefore(int i) =>
            i > 0
            && PersonNames.IsPlaceWord(_words[i - 1])
            && !(_words[i - 1] == "niệm" && (i < 2 || _words[i - 2] != "lưu"));

        private int WordAt(int offset)
        {
            var k = _starts.BinarySearch(offset);
            return k >= 0 ? k : ~k;
        }
    }
}
