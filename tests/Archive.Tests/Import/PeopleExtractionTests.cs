using Archive.Import;

namespace Archive.Tests.Import;

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
    [InlineData("Phát biểu kết luận, ông Lê Quang Huy, Bí thư Huyện ủy đề nghị các xã tăng cường kiểm tra.", "Lê Quang Huy", "Bí thư Huyện ủy")]
    [InlineData("Bà Hồ Thị Lan, Phó Chủ tịch UBND tỉnh cho biết kết quả đạt được.", "Hồ Thị Lan", "Phó Chủ tịch UBND tỉnh")]
    [InlineData("Tham dự có đồng chí Đỗ Văn Chiến, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy.", "Đỗ Văn Chiến", "Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy")]
    public void ReadsPeopleIntroducedByTitleOrHonorific(string text, string name, string role)
    {
        var people = PeopleExtraction.Find([text], []);

        var person = Assert.Single(people);
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
            "Kết luận hội nghị, đồng chí Trần Văn Minh, Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh đề nghị các cấp ủy quán triệt.",
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
}
