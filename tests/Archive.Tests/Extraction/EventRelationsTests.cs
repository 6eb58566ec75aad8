using Archive.Extraction;
using Archive.Model;

namespace Archive.Tests.Extraction;

public sealed class EventRelationsTests
{
    // The body cites what the title or lead does: the event's relations are read among the cited directives.
    private static List<(RelationKind Kind, string To, int? Years)> Read(string? title, string lead) =>
        DirectiveRelations.OfEvent(title, lead, DirectiveExtraction.Find([lead, title ?? ""]))
            .Select(r => (r.Kind, r.To, r.Years)).ToList();

    [Theory]
    [InlineData("Hội nghị sơ kết 5 năm thực hiện Nghị quyết số 35-NQ/TW của Bộ Chính trị", "35-NQ/TW", 5)]
    [InlineData("Tỉnh ủy Bắc Giang: Tổng kết 10 năm thực hiện Chỉ thị 33-CT/TW", "33-CT/TW", 10)]
    [InlineData("Đảng ủy Khối Cơ quan tỉnh sơ kết việc thực hiện Kết luận 01-KL/TW", "01-KL/TW", null)]
    [InlineData("HỘI NGHỊ TỔNG KẾT 15 NĂM THỰC HIỆN NGHỊ QUYẾT 09-NQ/TW", "09-NQ/TW", 15)]
    public void ReadsAReviewNamedInTheTitle(string title, string code, int? years)
    {
        var lead = $"Sáng 12/3, hội nghị đã diễn ra tại Hội trường Tỉnh ủy, bàn về {code}.";

        Assert.Equal([(RelationKind.Reviews, code, years)], Read(title, lead));
    }

    [Theory]
    [InlineData(
        "Chiều ngày 16/7, Ban Thường vụ Tỉnh ủy triệu tập hội nghị Ban Chấp hành Đảng bộ tỉnh mở rộng quán triệt, " +
        "triển khai thực hiện Kết luận số 32-KL/TW ngày 5/7/2018 của Bộ Chính trị.",
        RelationKind.CarriesOut, "32-KL/TW")]
    [InlineData(
        "Ngày 4/10, Thành ủy tổ chức hội nghị trực tuyến tiếp tục thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị.",
        RelationKind.Continues, "05-CT/TW")]
    [InlineData(
        "Sáng 20/5, Ban Thường vụ Huyện ủy Yên Thành sơ kết 3 năm thực hiện Nghị quyết 12-NQ/HU.",
        RelationKind.Reviews, "12-NQ/HU")]
    public void ReadsTheEventNamedInTheLeadsFirstSentence(string lead, RelationKind kind, string code)
    {
        var read = Assert.Single(Read(null, lead));

        Assert.Equal((kind, code), (read.Kind, read.To));
    }

    [Theory]
    [InlineData("Kiểm tra việc thực hiện Nghị quyết 35-NQ/TW tại Đảng bộ huyện")]
    [InlineData("Tỉnh ủy yêu cầu tổ chức thực hiện nghiêm Chỉ thị 05-CT/TW")]
    [InlineData("Tăng cường thực hiện Kết luận 01-KL/TW trong toàn Đảng bộ")]
    [InlineData("Tỉnh ủy yêu cầu ban hành Kế hoạch số 26-KH/TU thực hiện Kết luận số 05-KL/TW")]
    [InlineData("Ban hành Quy định số 142-QĐ/TW sửa đổi, bổ sung Quy định số 80-QĐ/TW")]
    [InlineData("Huyện chưa tổ chức sơ kết 5 năm thực hiện Nghị quyết 35-NQ/TW")]
    [InlineData("Nhiều đảng bộ chậm ban hành Kế hoạch số 12-KH/ĐU thực hiện Kết luận số 05-KL/TW")]
    [InlineData("Xã không tổ chức hội nghị quán triệt Chỉ thị 05-CT/TW")]
    [InlineData("Theo Nghị quyết 35-NQ/TW, các cấp ủy phải tổ chức sơ kết")]
    [InlineData("Chỉ thị 05-CT/TW được sơ kết tại nhiều địa phương")]
    [InlineData("Đoàn giám sát của Tỉnh ủy về việc thực hiện Chỉ thị 33-CT/TW")]
    [InlineData("Đó là số liệu được Sở Tài chính báo cáo Tỉnh ủy trong 5 năm thực hiện Nghị quyết 06-NQ/TU")]
    [InlineData("Qua 3 năm triển khai thực hiện Chỉ thị 15-CT/TU, tỉnh đã giảm tội phạm")]
    public void ReadsNothingWhenTheTitleIsNotTheEventDoingIt(string title)
    {
        var lead = "Ngày 3/6, Tỉnh ủy làm việc với Huyện ủy Yên Thành về công tác nội chính.";

        Assert.Empty(DirectiveRelations.OfEvent(title, lead, DirectiveExtraction.Find([title])));
    }

    [Theory]
    [InlineData("Ngày 09/01/2017, Ban Thường vụ Tỉnh ủy đã ban hành Kế hoạch số 26-KH/TU thực hiện Kết luận số " +
                "05-KL/TW ngày 15/7/2016 của Ban Bí thư.", RelationKind.CarriesOut, "05-KL/TW", null)]
    [InlineData("Ban Cán sự đảng UBND tỉnh ban hành Báo cáo số 75-BC/BCSĐ tổng kết 15 năm thực hiện Nghị quyết " +
                "số 26-NQ/TW.", RelationKind.Reviews, "26-NQ/TW", 15)]
    public void ReadsWhatTheDocumentTheEventIssuesDoes(string lead, RelationKind kind, string code, int? years)
    {
        Assert.Equal([(kind, code, years)], Read(null, lead));
    }

    [Fact]
    public void ReadsNothingForADirectiveTheBodyDoesNotCite()
    {
        var title = "Hội nghị sơ kết 5 năm thực hiện Nghị quyết 35-NQ/TW";
        var lead = "Ngày 3/6, Tỉnh ủy tổ chức hội nghị.";

        Assert.Empty(DirectiveRelations.OfEvent(title, lead, DirectiveExtraction.Find([lead])));
    }

    [Fact]
    public void ReadsADirectiveOnceWhenTheTitleAndTheLeadBothSayIt()
    {
        var title = "Hội nghị sơ kết 5 năm thực hiện Nghị quyết 35-NQ/TW";
        var lead = "Sáng 12/3, Tỉnh ủy tổ chức Hội nghị sơ kết 5 năm thực hiện Nghị quyết số 35-NQ/TW.";

        var read = Assert.Single(DirectiveRelations.OfEvent(title, lead, DirectiveExtraction.Find([lead])));

        Assert.Equal(title, read.Sentence);
    }

    [Fact]
    public void ReadsOnlyTheLeadsFirstSentence()
    {
        var lead = "Ngày 3/6, Tỉnh ủy làm việc với Huyện ủy. Hội nghị sơ kết 5 năm thực hiện Nghị quyết 35-NQ/TW.";

        Assert.Empty(DirectiveRelations.OfEvent(null, lead, DirectiveExtraction.Find([lead])));
    }
}
