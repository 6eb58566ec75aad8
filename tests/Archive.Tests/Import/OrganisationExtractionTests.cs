using Archive.Import;

namespace Archive.Tests.Import;

public sealed class OrganisationExtractionTests
{
    [Theory]
    [InlineData("Chiều 31/3/2021, Ban Nội chính Trung ương tổ chức Hội nghị giao ban.", "Ban Nội chính Trung ương")]
    [InlineData("(TTXVN) Sáng 14/7, Tỉnh ủy Nghệ An tổ chức hội nghị sơ kết.", "Tỉnh ủy Nghệ An")]
    [InlineData("Ngày 20 tháng 1 năm 2023, Ban Nội chính Tỉnh ủy Lào Cai triển khai nhiệm vụ năm 2023.", "Ban Nội chính Tỉnh ủy Lào Cai")]
    [InlineData("Ngày 09/01/2017, Ban Thường vụ Tỉnh ủy đã ban hành Kế hoạch số 26-KH/TU.", "Ban Thường vụ Tỉnh ủy")]
    public void TakesTheSubjectOfTheLead(string lead, string expected)
    {
        var organisation = OrganisationExtraction.Find(null, lead);

        Assert.Equal(expected, organisation);
    }

    [Fact]
    public void CanonicalizesOldStyleToneMarks()
    {
        var lead = "Sáng 14/7, Tỉnh uỷ Nghệ An tổ chức hội nghị sơ kết công tác nội chính.";

        var organisation = OrganisationExtraction.Find(null, lead);

        Assert.Equal("Tỉnh ủy Nghệ An", organisation);
    }

    [Fact]
    public void FallsBackToTheHeadOfABodyColonHeadlineTitle()
    {
        var title = "Uỷ ban Kiểm tra Tỉnh ủy: Kỷ luật cảnh cáo một đảng viên";

        var organisation = OrganisationExtraction.Find(title, "Các cán bộ vi phạm đã bị xử lý nghiêm.");

        Assert.Equal("Ủy ban Kiểm tra Tỉnh ủy", organisation);
    }

    [Theory]
    [InlineData("Trong 6 tháng đầu năm 2020, các ban nội chính tỉnh ủy đã bám sát sự chỉ đạo.")]
    [InlineData("Sáng 14/7, nhiều người dân đã đến dự lễ khánh thành.")]
    public void ReturnsNullWhenNoBodyIsTheSubject(string lead)
    {
        var organisation = OrganisationExtraction.Find("Một tin tức không có cơ quan", lead);

        Assert.Null(organisation);
    }
}
