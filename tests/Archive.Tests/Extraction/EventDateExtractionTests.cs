using Archive.Extraction;
using Archive.Model;

namespace Archive.Tests.Extraction;

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
        var lead = "Sáng 20/8, " +
            "Tỉnh ủy Hà Tĩnh tổ chức hội nghị quán triệt Kết luận số 32-KL/TW ngày 5/7/2018 của Bộ Chính trị.";

        var date = EventDate(new DateOnly(2018, 8, 21), lead);

        Assert.Equal(new DateOnly(2018, 8, 20), date);
    }

    [Fact]
    public void SkipsACitedDirectivesDateThatComesBeforeTheMeetingDate()
    {
        var lead = "Thực hiện Kết luận số 32-KL/TW ngày 5/7/2018 của Bộ Chính trị, " +
            "sáng 20/8, Tỉnh ủy Hà Tĩnh tổ chức hội nghị quán triệt.";

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
        var lead = "Ngày 20 tháng 1 năm 2023, " +
            "Ban Nội chính Tỉnh ủy Lào Cai tổ chức hội nghị triển khai nhiệm vụ năm 2023.";

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
    public void TakesTheYearOfThePeriodTheLeadReviewsWhenThereIsNoDateline()
    {
        var lead = "Ngày 17/7, Ban Nội chính Trung ương tổ chức Hội nghị giao ban 6 tháng đầu năm 2019.";

        var date = EventDate(null, lead);

        Assert.Equal(new DateOnly(2019, 7, 17), date);
    }

    [Fact]
    public void DoesNotInferTheYearFromACitedDirective()
    {
        var lead = "Sáng 20/8, Tỉnh ủy quán triệt Kết luận số 32-KL/TW ngày 5/7/2018 của Bộ Chính trị, " +
            "triển khai nhiệm vụ 6 tháng cuối năm 2019.";

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
            "Ban Nội chính Tỉnh ủy Hà Tĩnh tiếp tục đẩy mạnh công tác phòng, chống tham nhũng.",
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

    [Theory]
    [InlineData("Chiều 3.9, Tỉnh ủy Hòa Lâm tổ chức hội nghị cán bộ chủ chốt.", "2024-09-04", "2024-09-03")]
    [InlineData("TTO - Sáng nay 12-6, Cơ quan cảnh sát điều tra đã khởi tố bị can.", "2024-06-12", "2024-06-12")]
    [InlineData("Trong các ngày 4 và 5-10, Hội nghị Trung ương lần thứ 10 họp tại Hà Nội.", "2024-10-06", "2024-10-04")]
    [InlineData("Sáng nay (15/8), Thành ủy tổ chức lễ trao Huy hiệu Đảng.", "2024-08-15", "2024-08-15")]
    [InlineData("(QNT) - Ngày 2-11, Công an tỉnh cho biết đã bắt tạm giam Lê Văn Tâm.", "2024-11-03", "2024-11-02")]
    [InlineData("Từ ngày 6 đến 8/1, Ủy ban Kiểm tra Trung ương đã họp kỳ thứ 50.", "2025-01-09", "2025-01-06")]
    [InlineData("Chiều 30/12, Ban Nội chính Tỉnh ủy tổ chức hội nghị tổng kết.", "2025-01-03", "2024-12-30")]
    public void ReadsDaysWrittenWithDotsDashesAndLists(string lead, string published, string expected)
    {
        var date = EventDate(DateOnly.Parse(published), lead);

        Assert.Equal(DateOnly.Parse(expected), date);
    }

    [Theory]
    [InlineData("Doanh thu quý đạt 3.9 tỷ đồng, tăng mạnh so với cùng kỳ.")]
    [InlineData("Đội tuyển thắng 2-1 trong trận đấu tối qua.")]
    [InlineData("Người dân được hướng dẫn từ 8-10 giờ mỗi sáng.")]
    [InlineData("Tổng nguồn vốn của Quỹ tính đến ngày 31/12/2023 là 12,5 tỷ đồng.")]
    [InlineData("Sở Giáo dục báo cáo UBND tỉnh trước ngày 5.5.")]
    [InlineData("Nhân ngày giỗ cụ Lê Văn Sơn (18/6 âm lịch), gia đình tổ chức lễ tưởng niệm.")]
    [InlineData("Từ 1/1/2025, người điều khiển xe phải mang theo giấy phép mới.")]
    [InlineData("Ngày 18/8/2020, ông Trần Văn Hải được bổ nhiệm làm Giám đốc Sở.")]
    public void IgnoresNumbersAndDatesThatAreNotTheHappening(string lead)
    {
        var date = EventDate(new DateOnly(2024, 8, 10), lead);

        Assert.Null(date);
    }

    [Fact]
    public void SkipsAHolidayStillAheadForTheMeetingOnTheDay()
    {
        var lead = "Nhân kỷ niệm Quốc khánh 2/9, sáng 22/8, " +
            "đồng chí Phạm Văn Hòa, Bí thư Tỉnh ủy, thăm các gia đình chính sách.";

        var date = EventDate(new DateOnly(2024, 8, 22), lead);

        Assert.Equal(new DateOnly(2024, 8, 22), date);
    }

    [Fact]
    public void KeepsTheDayAndMonthWithoutAYearThatIsMerelyMentioned()
    {
        var paragraphs = new[]
        {
            "Ngày 28-10, Công an tỉnh Hòa Lâm cho biết đã khởi tố Nguyễn Văn Tâm (sinh năm 1985).",
            "Theo kế hoạch đến năm 2030, tỉnh sẽ hoàn thành việc chuyển đổi số.",
        };

        var found = EventDateExtraction.Find(paragraphs, null, DirectiveExtraction.Find(paragraphs));

        Assert.Null(found.Date);
        Assert.Equal("--10-28", found.DayMonth);
        Assert.Equal(new Gap("eventDate", "no year", "28-10"), found.Gap);
    }

    [Fact]
    public void LooksNoFurtherWhenTheLeadSaysItHappenedRecently()
    {
        var paragraphs = new[]
        {
            "(HL) - UBND tỉnh vừa ban hành văn bản chỉ đạo xử lý vụ việc học sinh bị đánh.",
            "Chiều 22.4, lãnh đạo Sở Giáo dục cho biết đang xác minh từng vụ việc.",
        };

        var date = EventDate(new DateOnly(2025, 4, 22), paragraphs);

        Assert.Null(date);
    }

    [Fact]
    public void TakesTheDayOfPublicationForALeadThatSaysToday()
    {
        var lead = "Hơn một triệu học sinh bước vào năm học mới. " +
            "Lễ khai giảng hôm nay được tổ chức tại tất cả các trường.";

        var date = EventDate(new DateOnly(2025, 9, 5), lead);

        Assert.Equal(new DateOnly(2025, 9, 5), date);
    }

    [Fact]
    public void RecordsTheSpanAndTheRuleThatReadTheDate()
    {
        var paragraphs = new[] { "Sáng 16/7, Ban Thường vụ Tỉnh ủy triệu tập hội nghị mở rộng." };

        var found = EventDateExtraction.Find(paragraphs, new DateOnly(2019, 7, 17), []);

        var evidence = found.Evidence!;
        Assert.Equal("16/7", paragraphs[0].Substring(evidence.Start, evidence.Length));
        Assert.Equal("2019-07-16", evidence.Value);
        Assert.Equal("eventDate: lead “16/7” + year of published", evidence.Rule);
    }
}
