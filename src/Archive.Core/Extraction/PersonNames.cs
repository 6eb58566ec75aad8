using Archive.Text;

namespace Archive.Extraction;

/// <summary>
/// What a person's name looks like: capitalised syllables ("Giàng Páo Mỷ", "Vladimir Putin"), not an
/// acronym ("UBND"), an organisation ("Bộ Công an") or a place ("Lạng Sơn").
/// </summary>
internal static class PersonNames
{
    // Vietnamese family names. Only needed where structure alone cannot tell a name from the place
    // written before it ("huyện Tân Kỳ Phan Văn Giáp") or where no office word introduces it.
    private static readonly HashSet<string> Surnames = new(
        ("Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đào Đoàn Vương Trịnh Trương " +
         "Đinh Lâm Phùng Mai Tô Hà Tạ Lưu Kiều Quách Thái Cao Lương Chu Triệu Tăng Mạc Lại Khổng Hứa Thân Nông Lò " +
         "Lục Từ Văn Tôn Thạch Giang Khúc Ông Đàm Nghiêm La Lã Diệp Châu Tống Đồng Mẫn Ninh Kim Bạch Âu Ân Doãn " +
         "Hàn Hầu Kha Khương Lạc Mông Tiêu Trang Viên Vi Ứng Quan Đường Cù Đậu Phí Quản Thiều Tiết Trình Đới Bế " +
         "Cầm Sầm Lô Tòng Giàng Mùa Sùng Vàng Thào Hầu Lý Đàng Tất Y Ksor Rơ Siu Nay Rmah Điểu H'").Split(' '),
        StringComparer.Ordinal);

    // Capitalised words that start an organisation or a place, never a person: "Bộ Công an", "Ban Tổ chức".
    // Each in both tone conventions ("Ủy", "Uỷ").
    private static readonly HashSet<string> NotAName = new(
        ("Ban Bộ Sở Hội Đảng Ủy Tổng Cục Vụ Viện Trường Quân Công Tòa Liên Mặt Nhóm Trung Phòng Chi Đài " +
         "Báo Thông Tập Ngân Học Đại Bệnh Khu Quỹ Nhân Dân Thành Tỉnh Huyện Quận Xã Phường Thị Nhà Chính Quốc " +
         "Kiểm Thường Tư Cộng Hợp Tiểu Lực Bảo Hải Không Biên Cảnh Sư Lữ Mẹ Bác Ngày Tết Lễ Giải Chương Luật " +
         "Nghị Quyết Chỉ Kế Đề Dự Cơ Hiệp Tạp Truyền Cụm").Split(' ').SelectMany(ToneMarks.Spellings),
        StringComparer.Ordinal);

    // Countries written before a foreign leader's name: "Tổng thống Mỹ Joe Biden".
    private static readonly string[] Countries =
    [
        "Việt Nam", "Mỹ", "Hoa Kỳ", "Nga", "Trung Quốc", "Nhật Bản", "Hàn Quốc", "Triều Tiên", "Pháp", "Anh", "Đức",
        "Ý", "Italy", "Canada", "Úc", "Australia", "Ấn Độ", "Lào", "Campuchia", "Thái Lan", "Singapore", "Malaysia",
        "Indonesia", "Philippines", "Ukraine", "Brazil", "Israel", "Iran", "Cuba", "Ba Lan", "Hungary", "Séc",
        "Thụy Điển", "Na Uy", "Phần Lan", "Đan Mạch", "Hà Lan", "Bỉ", "Thụy Sĩ", "Áo", "Tây Ban Nha", "Bồ Đào Nha",
        "Thổ Nhĩ Kỳ", "Ai Cập", "Nam Phi", "Argentina", "Mexico", "Chile", "Venezuela", "New Zealand", "Myanmar",
        "Mông Cổ", "Kazakhstan", "Belarus", "Arab Saudi", "Ả Rập Xê Út", "Qatar", "Palestine", "Syria", "Iraq",
        "Pakistan", "Bangladesh", "Sri Lanka", "Nepal", "Brunei", "Timor Leste", "Mozambique", "Angola", "Nigeria",
    ];

    private static readonly string[][] Places =
        Provinces.All.Concat(Countries).Concat(["Thành phố Hồ Chí Minh", "Sài Gòn", "Thủ Đức"])
            .Select(p => p.Split(' ')).OrderByDescending(p => p.Length).ToArray();

    // A word before capitalised words that makes them a place: "huyện Tân Kỳ", "tỉnh Quảng Nam Lê Văn A".
    private static readonly HashSet<string> PlaceWords = new(
        ("tỉnh thành phố TP TP. Tp Tp. huyện quận Q. xã phường P. thị xã TX TX. trấn thôn xóm làng bản ấp tại ở " +
         "miền vùng bang").Split(' '),
        StringComparer.Ordinal);

    // A word before a place named after a person: "trường THPT Trần Phú", "đường Bà Triệu", "Khu lưu niệm Chủ tịch X".
    private static readonly HashSet<string> NamedPlaceWords = new(
        ("đường phố Phố Đường trường Trường THPT THCS khu chùa đền núi sông cầu chợ niệm tượng lăng Lăng tàng " +
         "đài").Split(' '),
        StringComparer.Ordinal);

    // Joining words inside foreign names: "Luiz Inacio Lula da Silva", "Ursula von der Leyen".
    private static readonly HashSet<string> Particles =
        new(["da", "de", "dos", "van", "von", "der", "bin", "al"], StringComparer.Ordinal);

    public static bool IsSurname(string word) => Surnames.Contains(word);

    public static bool IsPlaceWord(string word) => PlaceWords.Contains(word) || NamedPlaceWords.Contains(word);

    public static bool IsNamedPlaceWord(string word) => NamedPlaceWords.Contains(word);

    /// <summary>
    /// A capitalised syllable or foreign word: "Mỷ", "D'Acunto", "Sven-Göran"; one capital inside a name
    /// ("Mùa A Vảng").
    /// </summary>
    public static bool IsNameWord(string word)
    {
        if (word.Length == 0 || !char.IsUpper(word[0])) return false;
        if (word.Length == 1) return true;
        var hasLower = false;
        for (var i = 1; i < word.Length; i++)
        {
            var c = word[i];
            if (char.IsLower(c)) hasLower = true;
            // A capital inside only after a joiner: "Sven-Göran", "D'Acunto"; not "ThS", "TP.HCM".
            else if (char.IsUpper(c)) { if (word[i - 1] is not ('-' or '\'' or '’')) return false; }
            else if (c is not ('-' or '\'' or '’') && !char.IsLetter(c)) return false;
        }
        return hasLower;
    }

    /// <summary>
    /// The name in the capitalised words starting at <paramref name="start"/>, as a token range, or null.
    /// A place written before it is skipped ("Tỉnh ủy Lạng Sơn Nguyễn Quốc Đoàn").
    /// </summary>
    /// <param name="afterPlaceWord">The words follow "tỉnh", "huyện"...: they may begin with a place.</param>
    /// <param name="afterNamedPlace">The words follow "đường", "trường"...: they begin with a place.</param>
    /// <param name="placeMayBeName">A place name here is a person: "Chủ tịch Hồ Chí Minh".</param>
    /// <param name="needSurname">Nothing but the words says it is a name: require a family name first.</param>
    public static (int Start, int End)? Read(
        IReadOnlyList<string> words,
        int start,
        bool afterPlaceWord,
        bool placeMayBeName,
        bool needSurname,
        bool afterNamedPlace = false)
    {
        var end = start;
        while (end < words.Count && end - start < 8)
        {
            if (IsNameWord(words[end])) end++;
            else if (Particles.Contains(words[end])
                     && end > start
                     && end + 1 < words.Count
                     && IsNameWord(words[end + 1])
                     && IsPlainLatin(words[end - 1])
                     && IsPlainLatin(words[end + 1]))
                end++;
            else break;
        }
        // "Tô Lâm Chủ tịch nước": the run stops where an office begins.
        for (var i = start + 1; i < end; i++)
            if (Offices.MayStartHead(words[i]) && Offices.Head().IsMatch(string.Join(' ', words.Skip(i).Take(3))))
            {
                end = i;
                break;
            }
        if (end - start < 2) return null;

        var place = PlaceAt(words, start, end);
        if (place > 0 && end - start - place >= 2) start += place;
        // "Tổng thống Nga Putin": a family name alone after the country is not a full name.
        else if (place > 0 && end - start - place == 1) return null;
        else if (place == end - start && !placeMayBeName) return null;
        // Five Vietnamese syllables are a place and a name run together: "Thành ủy Châu Đốc Lâm Quang Thi".
        else if (end - start > 4 && SurnameSplit(words, start + 1, end) is { } inside) start = inside;
        else if (afterPlaceWord || afterNamedPlace)
        {
            var split = SurnameSplit(words, afterNamedPlace ? start + 1 : start, end);
            if (split is null) return null;
            start = split.Value;
        }

        if (NotAName.Contains(words[start])) return null;
        if (needSurname && !Surnames.Contains(words[start])) return null;
        // A single capital at the end is an initial hiding a name ("Nguyễn Văn H."): not a full name.
        if (words[end - 1].Length == 1) return null;
        if (end - start > 5) return null;
        return (start, end);
    }

    /// <summary>How many words of a known place begin the run, 0 if none.</summary>
    private static int PlaceAt(IReadOnlyList<string> words, int start, int end)
    {
        foreach (var place in Places)
        {
            if (place.Length > end - start) continue;
            var matches = true;
            for (var i = 0; i < place.Length && matches; i++) matches = words[start + i] == place[i];
            if (matches) return place.Length;
        }
        return 0;
    }

    // "Tân Kỳ Phan Văn Giáp": the name starts at a family name and has 2 to 4 words, 3 the most common.
    private static int? SurnameSplit(IReadOnlyList<string> words, int start, int end)
    {
        int? best = null;
        for (var i = start; i < end; i++)
        {
            var length = end - i;
            if (!Surnames.Contains(words[i]) || length is < 2 or > 4) continue;
            if (length == 3) return i;
            best ??= i;
        }
        return best;
    }

    private static bool IsPlainLatin(string word) => word.All(c => c < 128);
}
