using Archive.Browse;
using Archive.Model;

namespace Archive.Tests.Browse;

/// <summary>
/// Telling the people one name stands for apart, and one person's spellings together: by spelling,
/// by the provinces roles place them in, and by the roles they share.
/// </summary>
public sealed class NamesakesTests
{
    private static int counter;

    private static DocumentSummary Doc(string name, string? province, params string[] roles)
    {
        var id = "d" + Interlocked.Increment(ref counter);
        return new DocumentSummary(id, "Hội nghị " + id, new DateOnly(2022, 1, 1), null, null, province,
            [new Person(name, roles)], id + ".txt")
        {
            Province = province,
        };
    }

    private static IReadOnlyList<NamedPerson> PeopleNamed(params DocumentSummary[] documents)
    {
        var catalog = new DocumentCatalog(documents);
        return Namesakes.Of(Assert.Single(catalog.People));
    }

    [Fact]
    public void SpellingsDifferingInCaseHyphensOrTonePlacementAreOnePerson()
    {
        var people = PeopleNamed(
            Doc("Lê Thị Hoà", null), Doc("Lê Thị Hòa", null), Doc("lê thị hòa", null), Doc("Lê Thị-Hòa", null));

        var person = Assert.Single(people);
        Assert.Equal(4, person.Documents.Count);
        Assert.Equal("Lê Thị Hòa", person.Name);
    }

    [Fact]
    public void ANameTypedWithoutDiacriticsIsTheOneMarkedSpellingBesideIt()
    {
        var people = PeopleNamed(Doc("Nguyễn Văn An", null), Doc("Nguyen Van An", null));

        var person = Assert.Single(people);
        Assert.Equal("Nguyễn Văn An", person.Name);
        Assert.Equal(["Nguyễn Văn An", "Nguyen Van An"], person.Spellings);
    }

    [Fact]
    public void ANameWithoutDiacriticsBesideTwoMarkedSpellingsStaysApart()
    {
        var people = PeopleNamed(
            Doc("Nguyễn Văn Hạnh", null, "Thiếu tướng"), Doc("Nguyễn Văn Hanh", null), Doc("Nguyen Van Hanh", null));

        Assert.Equal(3, people.Count);
    }

    [Fact]
    public void NamesThatDifferInTheirMarksAreDifferentPeople()
    {
        var people = PeopleNamed(
            Doc("Lê Minh Hưng", null, "Thống đốc Ngân hàng Nhà nước"), Doc("Lê Minh Hưng", null),
            Doc("Lê Minh Hùng", null, "TS"));

        Assert.Equal(["Lê Minh Hưng", "Lê Minh Hùng"], people.Select(p => p.Name));
        Assert.Equal([2, 1], people.Select(p => p.Documents.Count));
    }

    [Fact]
    public void AMisspellingWithTheSameSpecificRoleIsThePersonItMisspells()
    {
        var people = PeopleNamed(
            Doc("Nguyễn Ngọc Thiện", null, "Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch"),
            Doc("Nguyễn Ngọc Thiện", null),
            Doc("Nguyễn Ngọc Thiên", null, "Bộ trưởng Văn hóa Thể thao và Du lịch"));

        var person = Assert.Single(people);
        Assert.Equal("Nguyễn Ngọc Thiện", person.Name);
        Assert.Equal(["Nguyễn Ngọc Thiện", "Nguyễn Ngọc Thiên"], person.Spellings);
    }

    [Fact]
    public void AnOfficeAnyCommuneHasDoesNotJoinTwoSpellings()
    {
        var people = PeopleNamed(
            Doc("Nguyễn Văn Hùng", "Hà Tĩnh", "Chủ tịch UBND xã"),
            Doc("Nguyễn Văn Hưng", "Hà Tĩnh", "Chủ tịch UBND xã"));

        Assert.Equal(2, people.Count);
    }

    [Fact]
    public void RolesInTwoProvincesAreTwoPeopleAndARolelessMentionGoesToItsProvince()
    {
        var people = PeopleNamed(
            Doc("Nguyễn Văn An", "Quảng Ninh", "Phó Chủ tịch UBND tỉnh"),
            Doc("Nguyễn Văn An", "Quảng Ninh", "Chủ tịch UBND tỉnh"),
            Doc("Nguyễn Văn An", "Thanh Hóa", "Giám đốc Công an tỉnh"),
            Doc("Nguyễn Văn An", "Thanh Hóa"));

        Assert.Equal(["quang-ninh", "thanh-hoa"], people.Select(p => p.Key));
        Assert.Equal([2, 2], people.Select(p => p.Documents.Count));
        Assert.All(people, p => Assert.False(p.Unsure));
    }

    [Fact]
    public void AMentionThatCannotTellWhichNamesakeItMeansIsKeptApartAndSaysSo()
    {
        var people = PeopleNamed(
            Doc("Nguyễn Văn An", "Quảng Ninh", "Phó Chủ tịch UBND tỉnh"),
            Doc("Nguyễn Văn An", "Thanh Hóa", "Giám đốc Công an tỉnh"),
            Doc("Nguyễn Văn An", "Nghệ An"),
            Doc("Nguyễn Văn An", "Trung ương"));

        var unsure = Assert.Single(people, p => p.Unsure);
        Assert.Equal(Namesakes.UnsureKey, unsure.Key);
        Assert.Equal(2, unsure.Documents.Count);
        Assert.Null(unsure.Province);
    }

    [Fact]
    public void AnUnplacedMentionGoesToTheOneNamesakeWhoHeldItsSpecificRole()
    {
        var people = PeopleNamed(
            Doc("Dương Minh Tâm", "Cần Thơ", "nguyên Phó chánh Thanh tra giao thông TP Cần Thơ"),
            Doc("Dương Minh Tâm", "Hà Nội", "Trưởng phòng điều trị, Sở Y tế"),
            Doc("Dương Minh Tâm", "Trung ương", "nguyên Phó chánh Thanh tra giao thông"),
            Doc("Dương Minh Tâm", "Trung ương", "Phó Giám đốc"));

        Assert.Equal(["can-tho", "ha-noi", Namesakes.UnsureKey], people.Select(p => p.Key));
        Assert.Equal([2, 1, 1], people.Select(p => p.Documents.Count));
    }

    [Fact]
    public void AProvinceTheRoleNamesPlacesThePersonWhereverTheMeetingWas()
    {
        var people = PeopleNamed(
            Doc("Trần Văn Bình", "Thái Bình", "Chủ tịch UBND tỉnh"),
            Doc("Trần Văn Bình", "Hà Nội", "Chủ tịch UBND tỉnh Thái Bình"));

        var person = Assert.Single(people);
        Assert.Equal("Thái Bình", person.Province);
    }

    [Fact]
    public void ACentralRolePlacesNoOneSoItJoinsTheOnePersonItCanBe()
    {
        var people = PeopleNamed(
            Doc("Võ Văn Thưởng", "Hà Nội", "Bí thư Thành ủy"),
            Doc("Võ Văn Thưởng", "Đồng Nai", "Trưởng Ban Tuyên giáo Trung ương"),
            Doc("Võ Văn Thưởng", "Cần Thơ", "Ủy viên Bộ Chính trị"));

        var person = Assert.Single(people);
        Assert.Equal("Hà Nội", person.Province);
        Assert.Equal(3, person.Documents.Count);
    }

    [Fact]
    public void ARankOrACallingPlacesNoOneWhateverProvinceReportsIt()
    {
        var people = PeopleNamed(
            Doc("Nguyễn Anh Đức", "Hà Tĩnh", "Thượng úy"),
            Doc("Nguyễn Anh Đức", "Hà Nội", "thượng úy CSGT"),
            Doc("Nguyễn Anh Đức", "Bình Định", "bác sĩ"));

        var person = Assert.Single(people);
        Assert.Null(person.Province);
        Assert.False(person.Unsure);
        Assert.Equal(Namesakes.NowhereKey, person.Key);
    }

    [Fact]
    public void AForeignNameIsNotPlacedByTheProvinceThatReportsIt()
    {
        var people = PeopleNamed(
            Doc("Ban Ki-moon", "Hà Nội", "Tổng Thư ký Liên hợp quốc, Chủ tịch Ủy ban"),
            Doc("Ban Ki-moon", "Quảng Ninh", "Tổng Thư ký Liên hợp quốc, Chủ tịch Ủy ban"));

        Assert.Null(Assert.Single(people).Province);
    }

    [Theory]
    [InlineData("Phó Thủ tướng Chính phủ")]
    [InlineData("Bộ trưởng Bộ KH&ĐT")]
    [InlineData("Ủy viên BCH TW Đảng, Phó Chủ tịch UBND")]
    [InlineData("Trưởng Ban Tổ chức T.Ư")]
    [InlineData("Chủ tịch QH")]
    public void ACentralOfficePlacesNoOne(string role)
    {
        var people = PeopleNamed(
            Doc("Trương Văn Định", "Hòa Bình", role),
            Doc("Trương Văn Định", "Bắc Ninh", role));

        Assert.Null(Assert.Single(people).Province);
    }

    [Fact]
    public void TheCitysShortNamePlacesInHoChiMinhCity()
    {
        var people = PeopleNamed(
            Doc("Lê Văn Khoa", "Cần Thơ", "Phó Chủ tịch UBND TP.HCM"),
            Doc("Lê Văn Khoa", "Lâm Đồng", "Phó giám đốc Trung tâm y tế huyện"));

        Assert.Equal(["ho-chi-minh", "lam-dong"], people.Select(p => p.Key).Order());
    }

    [Fact]
    public void AnOfficeAnotherProvincesDocumentGivesShortIsTheOneItsRoleNames()
    {
        var people = PeopleNamed(
            Doc("Nguyễn Thành Phong", "Hồ Chí Minh", "Chủ tịch UBND TP.HCM"),
            Doc("Nguyễn Thành Phong", "Cần Thơ", "Chủ tịch UBND TP"),
            Doc("Nguyễn Thành Phong", "Bình Dương", "Phó Chủ tịch UBND tỉnh"));

        Assert.Equal([2, 1], people.Select(p => p.Documents.Count));
        Assert.Equal("Hồ Chí Minh", people[0].Province);
        Assert.Equal("Bình Dương", people[1].Province);
    }

    [Fact]
    public void NamesakesOfOneProvinceWithDifferentSpellingsGetNumberedKeys()
    {
        var people = PeopleNamed(
            Doc("Nguyễn Văn Hùng", "Hà Tĩnh", "Chủ tịch UBND xã"),
            Doc("Nguyễn Văn Hùng", "Hà Tĩnh", "Chủ tịch UBND xã"),
            Doc("Nguyễn Văn Hưng", "Hà Tĩnh", "Phó Chủ tịch UBND huyện"),
            Doc("Nguyễn Văn Hưng", "Hải Dương", "Giám đốc Sở"));

        Assert.Equal(["ha-tinh", "ha-tinh-2", "hai-duong"], people.Select(p => p.Key));
    }
}
