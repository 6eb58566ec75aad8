using Archive.Extraction;


namespace Archive.Tests.Extraction;

public sealed class PeopleExtractionTests
{
    [Fact]
    public void ReadsANameAndTheRolesThatFollowIt()
    {
        var text = "Đồng chí Trần Văn Minh, Ủy viên Ban Thường vụ Tỉnh ủy, Giám đốc Công an tỉnh chủ trì hội nghị.";

        var people = PeopleExtraction.Find([text], []);

        var person = Assert.Single(people);
        Assert.Equal("Trần Văn Minh", person.Name);
        Assert.Equal(["Ủy viên Ban Thường vụ Tỉnh ủy", "Giám đốc Công an tỉnh"], person.Roles);
    }

    [Theory]
    [InlineData(
        "Phát biểu kết luận, ông Lê Quang Huy, Bí thư Huyện ủy đề nghị các xã tăng cường kiểm tra.",
        "Lê Quang Huy",
        "Bí thư Huyện ủy")]
    [InlineData(
        "Bà Hồ Thị Lan, Phó Chủ tịch UBND tỉnh cho biết kết quả đạt được.",
        "Hồ Thị Lan",
        "Phó Chủ tịch UBND tỉnh")]
    [InlineData(
        "Tham dự có đồng chí Đỗ Văn Chiến, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy.",
        "Đỗ Văn Chiến",
        "Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy")]
    public void ReadsPeopleIntroducedByTitleOrHonorific(string text, string name, string role)
    {
        var people = PeopleExtraction.Find([text], []);

        var person = Assert.Single(people);
        Assert.Equal(name, person.Name);
        Assert.Equal([role], person.Roles);
    }

    [Theory]
    [InlineData("Trưởng ban Phan Đình Trạc chủ trì hội nghị.", "Phan Đình Trạc", "Trưởng ban")]
    [InlineData("Trưởng đoàn Nguyễn Thị Thu Hà phát biểu.", "Nguyễn Thị Thu Hà", "Trưởng đoàn")]
    [InlineData("Thủ tướng Narendra Modi phát biểu.", "Narendra Modi", "Thủ tướng")]
    public void ReadsANameRightAfterTheOffice(string text, string name, string role)
    {
        var person = Assert.Single(PeopleExtraction.Find([text], []));

        Assert.Equal(name, person.Name);
        Assert.Equal([role], person.Roles);
    }

    [Fact]
    public void CanonicalizesOldStyleToneMarksInRoles()
    {
        var text = "Đồng chí Trần Văn Minh, Uỷ viên Ban Thường vụ Tỉnh uỷ phát biểu.";

        var people = PeopleExtraction.Find([text], []);

        var person = Assert.Single(people);
        Assert.Equal(["Ủy viên Ban Thường vụ Tỉnh ủy"], person.Roles);
    }

    [Theory]
    [InlineData("Theo chỉ đạo của đồng chí Tổng Bí thư, Chủ tịch nước, các cơ quan khẩn trương vào cuộc.")]
    [InlineData("Đồng chí Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh lưu ý các cấp ủy.")]
    [InlineData("Ông Trạc đề nghị các ban nội chính chủ động nắm tình hình.")]
    [InlineData("Trưởng Ban Nội Chính T.Ư cũng yêu cầu tập trung tham mưu phục vụ đại hội.")]
    public void DoesNotTakeATitleForAName(string text)
    {
        var people = PeopleExtraction.Find([text], []);

        Assert.Empty(people);
    }

    [Fact]
    public void MergesRepeatedMentionsOfOnePerson()
    {
        var paragraphs = new[]
        {
            "Đồng chí Trần Văn Minh, Phó Bí thư Tỉnh ủy chủ trì hội nghị.",
            "Kết luận hội nghị, đồng chí Trần Văn Minh, Phó Bí thư Tỉnh ủy, " +
                "Chủ tịch HĐND tỉnh đề nghị các cấp ủy quán triệt.",
        };

        var people = PeopleExtraction.Find(paragraphs, []);

        var person = Assert.Single(people);
        Assert.Equal(["Phó Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh"], person.Roles);
    }

    [Fact]
    public void TakesPeopleFromCaptionsOnlyWhenTheBodyLacksThem()
    {
        var paragraphs = new[] { "Đồng chí Trần Văn Minh, Phó Bí thư Tỉnh ủy chủ trì hội nghị." };
        var captions = new[]
        {
            "Đồng chí Trần Văn Minh, Phó Bí thư Tỉnhh ủy phát biểu tại hội nghị",
            "Đồng chí Nguyễn Thị Hoa, Trưởng Ban Dân vận Tỉnh ủy trao quà",
        };

        var people = PeopleExtraction.Find(paragraphs, captions);

        Assert.Equal(["Trần Văn Minh", "Nguyễn Thị Hoa"], people.Select(p => p.Name));
        Assert.Equal(["Phó Bí thư Tỉnh ủy"], people[0].Roles);
        Assert.Equal(["Trưởng Ban Dân vận Tỉnh ủy"], people[1].Roles);
    }

    [Theory]
    [InlineData("Tổng Bí thư Lò Văn Sáng phát biểu tại hội nghị.", "Lò Văn Sáng", "Tổng Bí thư")]
    [InlineData("Chủ tịch nước Đinh Quang Vĩnh tiếp đoàn.", "Đinh Quang Vĩnh", "Chủ tịch nước")]
    [InlineData(
        "Phó Chủ tịch UBND tỉnh Quảng Nam Hà Minh Tâm cho biết kết quả.",
        "Hà Minh Tâm",
        "Phó Chủ tịch UBND tỉnh Quảng Nam")]
    [InlineData(
        "Chủ tịch UBND huyện Tân Kỳ Phan Văn Lực kiểm tra công trình.",
        "Phan Văn Lực",
        "Chủ tịch UBND huyện Tân Kỳ")]
    [InlineData("Bí thư Tỉnh ủy Giàng A Chớ cho biết kết quả.", "Giàng A Chớ", "Bí thư Tỉnh ủy")]
    [InlineData("Tổng thống Mỹ Peter Holloway cho biết.", "Peter Holloway", "Tổng thống Mỹ")]
    [InlineData("cố Tổng Bí thư Lê Văn Khải được nhắc đến.", "Lê Văn Khải", "Tổng Bí thư")]
    public void ReadsAnOfficeWrittenBeforeTheName(string text, string name, string role)
    {
        var people = PeopleExtraction.Find([text], []);

        var person = Assert.Single(people);
        Assert.Equal(name, person.Name);
        Assert.Equal([role], person.Roles);
    }

    [Fact]
    public void ReadsAListOfOfficesThenDashName()
    {
        var text = "Dự hội nghị có Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh - Nguyễn Văn Lãm.";

        var (people, evidence) = PeopleExtraction.FindWithEvidence([text], []);

        var person = Assert.Single(people);
        Assert.Equal("Nguyễn Văn Lãm", person.Name);
        Assert.Equal(["Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh"], person.Roles);
        var found = Assert.Single(evidence);
        Assert.Equal("people: offices - name", found.Rule);
        Assert.Equal("Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh - Nguyễn Văn Lãm", found.Quote);
        Assert.Equal(text.IndexOf("Ủy viên", StringComparison.Ordinal), found.Start);
    }

    [Fact]
    public void ReadsEachPersonOfAListAfterGomCacDongChi()
    {
        var text = "Tham dự có các đồng chí: Trần Quốc Lâm, Bí thư Tỉnh ủy; Ksor Nhen, " +
            "Phó Chủ tịch UBND tỉnh; Thượng tá Mai Đức Hòa, Phó Giám đốc Công an tỉnh.";

        var (people, evidence) = PeopleExtraction.FindWithEvidence([text], []);

        Assert.Equal(["Trần Quốc Lâm", "Ksor Nhen", "Mai Đức Hòa"], people.Select(p => p.Name));
        Assert.Equal(["Phó Chủ tịch UBND tỉnh"], people[1].Roles);
        Assert.Equal(["Thượng tá", "Phó Giám đốc Công an tỉnh"], people[2].Roles);
        Assert.All(evidence, e => Assert.Equal("people: list after gồm các đồng chí", e.Rule));
    }

    [Fact]
    public void ReadsANameListedWithoutRoles()
    {
        var text = "Đoàn gồm các đồng chí Vũ Thành Nam, Lê Thị Hạnh và Hoàng Văn Kiên.";

        var people = PeopleExtraction.Find([text], []);

        Assert.Equal(["Vũ Thành Nam", "Lê Thị Hạnh", "Hoàng Văn Kiên"], people.Select(p => p.Name));
    }

    [Fact]
    public void ReadsARoleInBrackets()
    {
        var text = "Cơ quan điều tra bắt tạm giam Đỗ Văn Thìn (Chủ tịch HĐQT Công ty Cổ phần Tân Phát) " +
            "về tội đưa hối lộ.";

        var person = Assert.Single(PeopleExtraction.Find([text], []));

        Assert.Equal("Đỗ Văn Thìn", person.Name);
        Assert.Equal(["Chủ tịch HĐQT Công ty Cổ phần Tân Phát"], person.Roles);
    }

    [Theory]
    [InlineData("Đoàn đến dâng hương tại Khu lưu niệm Chủ tịch Trần Văn Lợi ở xã An Hòa.")]
    [InlineData("Ảnh: Nguyễn Văn Tâm")]
    [InlineData("Học sinh trường THPT Trần Phú tham gia lễ khai giảng.")]
    [InlineData("Chủ tịch HĐQT Công ty Cổ phần Tập đoàn Thuận Phát cho biết.")]
    [InlineData("Bí thư Huyện ủy Điện Biên Đông kiểm tra công tác phòng chống lụt bão.")]
    [InlineData("Bị can Nguyễn Văn H. bị khởi tố.")]
    public void DoesNotTakeAPlaceOrACreditForAPerson(string text)
    {
        var people = PeopleExtraction.Find([text], []);

        Assert.Empty(people);
    }

    [Fact]
    public void MergesRolesFromAnOfficeBeforeAndAfterTheName()
    {
        var text = "Thượng tướng Hoàng Xuân Chiến, Thứ trưởng Bộ Quốc phòng dự lễ.";

        var person = Assert.Single(PeopleExtraction.Find([text], []));

        Assert.Equal(["Thượng tướng", "Thứ trưởng Bộ Quốc phòng"], person.Roles);
    }

    [Fact]
    public void ReadsALongParagraphQuickly()
    {
        var text = string.Concat(
            Enumerable.Repeat(
                "Chủ tịch UBND tỉnh Bắc Ninh Nguyễn Văn An, " +
                    "Ủy viên Ban Thường vụ Tỉnh ủy Quảng Ninh làm việc với các Sở Kế hoạch và Đầu tư Hà Nội ",
                250));
        var watch = System.Diagnostics.Stopwatch.StartNew();

        var people = PeopleExtraction.Find([text], []);

        Assert.True(text.Length > 30_000);
        Assert.Single(people);
        Assert.True(watch.ElapsedMilliseconds < 2_000, $"took {watch.ElapsedMilliseconds} ms");
    }

    [Fact]
    public void ReadsRolesAfterKhiGiuCuongVi()
    {
        var text = "Ông Vương Văn Tài khi giữ cương vị ủy viên Ban cán sự đảng, " +
            "thứ trưởng Bộ Tài chính đã vi phạm quy định.";

        var person = Assert.Single(PeopleExtraction.Find([text], []));

        Assert.Equal(["ủy viên Ban cán sự đảng", "thứ trưởng Bộ Tài chính"], person.Roles);
    }

    [Fact]
    public void SplitsOfficesJoinedByADash()
    {
        var text = "Đồng chí Lương Minh Khôi, " +
            "Ủy viên dự khuyết Trung ương Đảng - Bí thư Tỉnh ủy chủ trì buổi làm việc.";

        var person = Assert.Single(PeopleExtraction.Find([text], []));

        Assert.Equal(["Ủy viên dự khuyết Trung ương Đảng", "Bí thư Tỉnh ủy"], person.Roles);
    }

    [Theory]
    [InlineData(
        "Ông Hà Minh Tuấn, Thứ trưởng Bộ Văn hóa, Thể thao và Du lịch, phát biểu.",
        "Thứ trưởng Bộ Văn hóa, Thể thao và Du lịch")]
    [InlineData(
        "Bà Lý Thu Hằng, Vụ trưởng Vụ Tổ chức cán bộ, Bộ Tư pháp, cho biết.",
        "Vụ trưởng Vụ Tổ chức cán bộ, Bộ Tư pháp")]
    [InlineData(
        "Ông Ninh Văn Toàn là Ủy viên Ủy ban Tài chính, Ngân sách của Quốc hội.",
        "Ủy viên Ủy ban Tài chính, Ngân sách của Quốc hội")]
    [InlineData(
        "Ông Ninh Văn Toàn, Ủy viên Trung ương Đảng khóa XI, XII, dự họp.",
        "Ủy viên Trung ương Đảng khóa XI, XII")]
    [InlineData(
        "Ông Ninh Văn Toàn, Phó Chủ tịch Viện Hàn lâm Khoa học xã hội (KHXH) Việt Nam cho biết.",
        "Phó Chủ tịch Viện Hàn lâm Khoa học xã hội (KHXH) Việt Nam")]
    public void KeepsAnOrganisationNameWholeAcrossCommasAndShortForms(string text, string role)
    {
        var person = Assert.Single(PeopleExtraction.Find([text], []));

        Assert.Equal([role], person.Roles);
    }

    [Fact]
    public void EndsARoleAtACommaBeforeAnotherOfficeOrAName()
    {
        var text = "Ông Đinh Quốc Hưng, Giám đốc Sở Tài chính, Chủ tịch Hội đồng Thi đua, " +
            "Khen thưởng, Thống lĩnh đội tự vệ, Nguyễn Thị Na dự họp.";

        var people = PeopleExtraction.Find([text], []);

        Assert.Equal(["Giám đốc Sở Tài chính", "Chủ tịch Hội đồng Thi đua, Khen thưởng"], people[0].Roles);
    }

    [Fact]
    public void ReadsAnOfficeGivenAfterTheName()
    {
        var text = "Ông Tạ Quang Vinh, Phó giám đốc Sở Xây dựng, "
            + "được điều động, bổ nhiệm giữ chức vụ Chánh Văn phòng UBND tỉnh; "
            + "bà Kha Thị Lộc (khi bị bắt là Giám đốc Sở Tài chính) và ông Mạc Văn Sỹ là phó bí thư thì vắng mặt.";

        var people = PeopleExtraction.Find([text], []);

        Assert.Equal(
            ["Phó giám đốc Sở Xây dựng", "Chánh Văn phòng UBND tỉnh"],
            people.Single(p => p.Name == "Tạ Quang Vinh").Roles);
        Assert.Equal(["Giám đốc Sở Tài chính"], people.Single(p => p.Name == "Kha Thị Lộc").Roles);
        Assert.Equal(["phó bí thư"], people.Single(p => p.Name == "Mạc Văn Sỹ").Roles);
    }

    [Fact]
    public void GivesNoOfficeForANomination()
    {
        var text = "Đồng chí Kha Văn Lộc, Phó Bí thư Tỉnh ủy được giới thiệu làm Bí thư Tỉnh ủy.";

        var person = Assert.Single(PeopleExtraction.Find([text], []));

        Assert.Equal(["Phó Bí thư Tỉnh ủy"], person.Roles);
    }

    [Fact]
    public void GivesTheOfficeOfADismissalToThePersonNamedAfterIt()
    {
        var text = "Kỳ họp miễn nhiệm Phó Chủ tịch UBND tỉnh, nhiệm kỳ 2021-2026, đối với ông Đinh Văn Hòa.";

        var (people, evidence) = PeopleExtraction.FindWithEvidence([text], []);

        var person = Assert.Single(people);
        Assert.Equal("Đinh Văn Hòa", person.Name);
        Assert.Equal(["Phó Chủ tịch UBND tỉnh"], person.Roles);
        Assert.Equal(text.IndexOf("ông Đinh", StringComparison.Ordinal), Assert.Single(evidence).Start);
    }
}
