using Archive.Import;

namespace Archive.Tests.Import;

public sealed class EventDateExtractionTests
{
    private static DateOnly? EventDate(DateOnly? published, params string[] paragraphs)
    {
        var directives = DirectiveExtraction.Find(paragraphs);
        return EventDateExtraction.Find(paragraphs, published, directives).Date;
    }

    [Fact]
    public void TakesMeetingDateNotTheCitedDirectivesDate()
    {
        var lead = "Sáng 20/8, Tỉnh ủy Hà Tĩnh tổ chức hội nghị quán triệt Kết luận số 32-KL/TW ngày 5/7/2018 của Bộ Chính trị.";

        var date = EventDate(new DateOnly(2018, 8, 21), lead);

        Assert.Equal(new DateOnly(2018, 8, 20), date);
    }

    [Fact]
    public void SkipsACitedDirectivesDateThatComesBeforeTheMeetingDate()
    {
        var lead = "Thực hiện Kết luận số 32-KL/TW ngày 5/7/2018 của Bộ Chính trị, sáng 20/8, Tỉnh ủy Hà Tĩnh tổ chức hội nghị quán triệt.";

        var date = EventDate(new DateOnly(2018, 8, 21), lead);

        Assert.Equal(new DateOnly(2018, 8, 20), date);
    }

    [Fact]
    public void NeverTakesACitedDirectivesDateEvenWhenItIsTheOnlyDate()
    {
        var lead = "Tỉnh ủy Hà Tĩnh tổ chức hội nghị quán triệt Kết luận số 32-KL/TW ngày 5/7/2018 của Bộ Chính trị.";

        var date = EventDate(null, lead);

        Assert.NotEqual(new DateOnly(2018, 7, 5), date);
    }

    [Fact]
    public void ReadsASpelledOutLeadDate()
    {
        var lead = "Ngày 20 tháng 1 năm 2023, Ban Nội chính Tỉnh ủy Lào Cai tổ chức hội nghị triển khai nhiệm vụ năm 2023.";

        var date = EventDate(null, lead);

        Assert.Equal(new DateOnly(2023, 1, 20), date);
    }

    [Fact]
    public void InfersTheYearFromTheDateline()
    {
        var lead = "Chiều 16/7, Ban Thường vụ Tỉnh ủy triệu tập hội nghị mở rộng.";

        var date = EventDate(new DateOnly(2019, 7, 17), lead);

        Assert.Equal(new DateOnly(2019, 7, 16), date);
    }

    [Fact]
    public void TakesThePreviousYearWhenTheDayWouldFollowADatelineInJanuary()
    {
        var lead = "Chiều 30/12, Ban Nội chính Tỉnh ủy tổ chức hội nghị tổng kết công tác năm.";

        var date = EventDate(new DateOnly(2021, 1, 2), lead);

        Assert.Equal(new DateOnly(2020, 12, 30), date);
    }

    [Fact]
    public void InfersTheYearFromTheTextWhenThereIsNoDateline()
    {
        var lead = "Ngày 17/7, Ban Nội chính Trung ương tổ chức Hội nghị giao ban 6 tháng đầu năm 2019.";

        var date = EventDate(null, lead);

        Assert.Equal(new DateOnly(2019, 7, 17), date);
    }

    [Fact]
    public void DoesNotInferTheYearFromACitedDirective()
    {
        var lead = "Sáng 20/8, Tỉnh ủy quán triệt Kết luận số 32-KL/TW ngày 5/7/2018 của Bộ Chính trị, triển khai nhiệm vụ 6 tháng cuối năm 2019.";

        var date = EventDate(null, lead);

        Assert.Equal(new DateOnly(2019, 8, 20), date);
    }

    [Fact]
    public void ReturnsNullWhenTheTextHasNoDate()
    {
        var paragraphs = new[]
        {
            "Ban Nội chính Tỉnh ủy đề nghị các cấp ủy tăng cường kiểm tra, giám sát.",
            "Các cơ quan cần phối hợp chặt chẽ trong công tác phòng, chống tham nhũng.",
        };

        var date = EventDate(null, paragraphs);

        Assert.Null(date);
    }

    [Fact]
    public void TakesADateALaterParagraphOpensWith()
    {
        var paragraphs = new[]
        {
            "Ban Nội chính Tỉnh ủy Hà Tĩnh vừa có báo cáo về công tác phòng, chống tham nhũng.",
            "Sáng 12/3/2022, Ban Nội chính Tỉnh ủy tổ chức hội nghị sơ kết.",
        };

        var date = EventDate(null, paragraphs);

        Assert.Equal(new DateOnly(2022, 3, 12), date);
    }

    [Fact]
    public void IgnoresDatesInsideLaterParagraphs()
    {
        var paragraphs = new[]
        {
            "Ban Nội chính Tỉnh ủy Hà Tĩnh vừa có báo cáo về công tác phòng, chống tham nhũng.",
            "Báo cáo nêu rõ các vụ việc phát hiện từ ngày 12/3/2022 đã được xử lý.",
        };

        var date = EventDate(null, paragraphs);

        Assert.Null(date);
    }
}
