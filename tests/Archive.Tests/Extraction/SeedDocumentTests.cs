using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Archive.Extraction;
using Archive.Model;

namespace Archive.Tests.Extraction;

/// <summary>The golden table: what the importer must read from each of the five seed documents.</summary>
public sealed partial class SeedDocumentTests
{
    private static readonly string[] Prefixes = ["000_", "001_", "002_", "003_", "004_"];

    public static TheoryData<string> Seeds => new(Prefixes);

    [Theory]
    [InlineData(
        "000_",
        "Ban Nội chính Trung ương: Giao ban công tác nội chính tháng 3",
        "2021-03-31T17:07+07:00",
        "2021-03-31")]
    [InlineData("002_", "Bảo vệ an toàn tuyệt đối Đại hội Đảng các cấp", "2020-06-30T10:22", "2020-06-29")]
    [InlineData(
        "003_",
        "Quán triệt, triển khai thực hiện Kết luận số 32-KL/TW của Bộ Chính trị",
        "2018-07-17",
        "2018-07-16")]
    [InlineData(
        "004_",
        "Ban Thường vụ Tỉnh ủy: Ban hành Kế hoạch tăng cường sự lãnh đạo của Đảng đối với công tác phòng, " +
            "chống tội phạm trong tình hình mới",
        null,
        "2017-01-09")]
    public void ReadsTitleAndDates(string seed, string title, string? published, string eventDate)
    {
        var document = Repository.ParseSeed(seed);

        Assert.Equal(title, document.Title);
        Assert.False(document.TitleDerived);
        Assert.Equal(published, document.Published);
        Assert.Equal(DateOnly.Parse(eventDate), document.EventDate);
    }

    [Fact]
    public void DerivesTheTitleOfASeedWithoutTitleLineFromItsFirstSentence()
    {
        var document = Repository.ParseSeed("001_");

        Assert.True(document.TitleDerived);
        Assert.StartsWith(document.Title.TrimEnd('…'), document.Paragraphs[0]);
        Assert.DoesNotContain(". ", document.Title);
        Assert.Null(document.Published);
        Assert.Equal(new DateOnly(2020, 7, 17), document.EventDate);
    }

    [Theory]
    [InlineData("000_", "Ban Nội chính Trung ương", null, "Đặng Phước", null)]
    [InlineData("001_", "Ban Nội chính Trung ương", null, "Văn Kiên", null)]
    [InlineData("002_", "Thành ủy Hà Nội", "Hà Nội", "Hoàng Phúc", "LĐTĐ")]
    [InlineData("003_", "Ban Thường vụ Tỉnh ủy", "Thái Bình", null, "baothaibinh.com.vn")]
    [InlineData("004_", "Ban Thường vụ Tỉnh ủy", "Quảng Bình", null, "Quang Binh Portal")]
    public void ReadsOrganisationLocationAuthorAndSource(
        string seed,
        string organisation,
        string? location,
        string? author,
        string? source)
    {
        var document = Repository.ParseSeed(seed);

        Assert.Equal(organisation, document.Organisation);
        if (location is not null) Assert.Equal(location, document.Location);
        Assert.Equal(author, document.Author);
        if (source is null) Assert.Null(document.Source);
        else Assert.Contains(source, document.Source);
    }

    [Theory]
    [InlineData("000_")]
    [InlineData("001_")]
    public void FindsNoCodedDirectiveWhereNoneIsCited(string seed)
    {
        var document = Repository.ParseSeed(seed);

        Assert.DoesNotContain(document.Directives, d => d.Code is not null);
    }

    [Fact]
    public void ReadsTheCodedAndUncodedDirectivesOfTheHanoiMeeting()
    {
        var document = Repository.ParseSeed("002_");

        var coded = Assert.Single(document.Directives, d => d.Code is not null);
        Assert.Equal("07-CTr/TU", coded.Code);
        var uncoded = document.Directives.Where(d => d.Code is null).Select(d => $"{d.Type} {d.Number}");
        Assert.Equal(["Nghị quyết 15", "Chỉ thị 15", "Quy định 11", "Chỉ thị 31"], uncoded);
    }

    [Fact]
    public void ReadsTheConclusionTheThaiBinhMeetingImplemented()
    {
        var document = Repository.ParseSeed("003_");

        var directive = Assert.Single(document.Directives);
        Assert.Equal("32-KL/TW", directive.Code);
        Assert.Equal(new DateOnly(2018, 7, 5), directive.Date);
        Assert.Equal("Bộ Chính trị", directive.IssuingBody);
    }

    [Fact]
    public void ReadsThePlanAndTheDirectivesItImplements()
    {
        var document = Repository.ParseSeed("004_");

        var found = document.Directives.Select(d => (d.Code, d.Date, d.IssuingBody));
        Assert.Equal(
        [
            ("26-KH/TU", new DateOnly(2017, 1, 9), "Ban Thường vụ Tỉnh ủy"),
            ("05-KL/TW", new DateOnly(2016, 7, 15), "Ban Bí thư"),
            ("48-CT/TW", new DateOnly(2010, 10, 22), "Bộ Chính trị"),
        ], found.Select(f => (f.Code, f.Date!.Value, f.IssuingBody)));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void KeepsOneEntryPerDistinctDirective(string seed)
    {
        var document = Repository.ParseSeed(seed);

        var identities = document.Directives.Select(d => (d.Code ?? $"{d.Type} {d.Number} {d.IssuingBody}", d.Date))
            .ToList();
        Assert.Equal(identities.Distinct().Count(), identities.Count);
    }

    [Theory]
    [InlineData("000_", "Phạm Gia Túc", new[] { "Ủy viên Trung ương Đảng", "Phó trưởng Ban Nội chính Trung ương" })]
    [InlineData("001_", "Phan Đình Trạc", new[] { "Trưởng Ban Nội chính Trung ương" })]
    [InlineData(
        "002_",
        "Ngô Thị Thanh Hằng",
        new[] { "Ủy viên Trung ương Đảng", "Phó Bí thư Thường trực Thành ủy Hà Nội" })]
    [InlineData(
        "003_",
        "Nguyễn Hồng Diên",
        new[] { "Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh" })]
    [InlineData("003_", "Đặng Trọng Thăng", new[] { "Phó Bí thư thường trực Tỉnh ủy", "Chủ tịch HĐND tỉnh" })]
    [InlineData("003_", "Vũ Đức Hằng", new[] { "Ủy viên Ban Thường vụ", "Trưởng ban Nội chính Tỉnh ủy" })]
    public void NamesThePeopleWithTheirRoles(string seed, string name, string[] roles)
    {
        var document = Repository.ParseSeed(seed);

        var person = Assert.Single(document.People, p => p.Name == name);
        Assert.Equal(roles, person.Roles);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void NamesNoOneTwiceAndNoTitleAsAPerson(string seed)
    {
        var document = Repository.ParseSeed(seed);

        Assert.Equal(document.People.Select(p => p.Name).Distinct().Count(), document.People.Count);
        Assert.DoesNotContain(document.People, p =>
            p.Name.StartsWith("Bí thư", StringComparison.Ordinal)
            || p.Name.StartsWith("Tổng", StringComparison.Ordinal));
    }

    [Fact]
    public void PutsRepeatedPhotoCaptionsInCaptionsNotParagraphs()
    {
        var document = Repository.ParseSeed("000_");

        Assert.Equal(2, document.Captions.Count(c => c == "Quang cảnh Hội nghị"));
        Assert.DoesNotContain(document.Paragraphs, p => p.Contains("Quang cảnh Hội nghị"));
        Assert.DoesNotContain(document.Paragraphs, p => p.Contains("Trungn ương"));
    }

    [Theory]
    [InlineData("004_", new[] { "51", "Đánh giá bài viết", "Ảnh minh họa." })]
    [InlineData("002_", new[] { "M", "Nguồn :" })]
    [InlineData("003_", new[] { "Các đại biểu dự hội nghị." })]
    public void PutsPageFurnitureInCaptions(string seed, string[] furniture)
    {
        var document = Repository.ParseSeed(seed);

        Assert.All(furniture, line => Assert.Contains(line, document.Captions));
        Assert.All(furniture, line => Assert.DoesNotContain(line, document.Paragraphs));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void DropsNoLineOfTheSource(string seed)
    {
        var path = Repository.SeedPath(seed);
        var document = Repository.ParseSeed(seed);
        var lines = File.ReadAllLines(path).Select(Collapse).Where(line => line.Length > 0).ToList();

        var placed = new HashSet<string>(document.Paragraphs.Concat(document.Captions).Append(document.Title));
        var unplaced = lines.Where(line => !placed.Contains(line) && !IsTheDateline(line, document)).ToList();

        // What is left is the byline and the source line, each the origin of one field.
        var fields = new List<string?> { document.Author, document.Source?.Split(" (")[0] }.OfType<string>().ToList();
        foreach (var line in unplaced)
        {
            var field = fields.FirstOrDefault(f => line.Contains(f, StringComparison.Ordinal));
            Assert.True(field is not null, $"line dropped from {Path.GetFileName(path)}: {line}");
            fields.Remove(field);
        }
        if (document.TitleDerived) Assert.Contains(document.Paragraphs[0], lines);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void HoldsDisplayTextInNfc(string seed)
    {
        var document = Repository.ParseSeed(seed);

        var texts = document.Paragraphs.Concat(document.Captions).Append(document.Title);
        Assert.All(texts, t => Assert.True(t.IsNormalized(NormalizationForm.FormC)));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void SeedIsByteIdenticalToTheSharedCopy(string seed)
    {
        var path = Repository.SeedPath(seed);
        var hash = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));

        var shared = Path.Combine(Repository.SharedSeedsFolder, Path.GetFileName(path));
        var expected = File.Exists(shared)
            ? Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(shared)))
            : Repository.ParseSeed(seed).Sha256;

        Assert.Equal(expected, hash);
    }

    [Fact]
    public void GivesEverySeedItsOwnId()
    {
        var ids = Prefixes.Select(prefix => Repository.ParseSeed(prefix).Id).ToList();

        Assert.Equal(5, ids.Distinct().Count());
    }

    private static bool IsTheDateline(string line, ArchiveDocument document) =>
        document.Published is not null && Dateline.TryParse(line, out var iso) && iso == document.Published;

    private static string Collapse(string line) =>
        Whitespace().Replace(line, " ").Trim().Normalize(NormalizationForm.FormC);

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
