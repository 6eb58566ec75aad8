using Archive.Extraction;


namespace Archive.Tests.Extraction;

public sealed class DatelineTests
{
    [Theory]
    [InlineData("Thứ Tư, 31/03/2021, 17:07 [GMT+7]", "2021-03-31T17:07+07:00")]
    [InlineData("Thứ Sáu, 15/07/2022, 09:30", "2022-07-15T09:30")]
    [InlineData("30/06/2020 10:22", "2020-06-30T10:22")]
    [InlineData("17/07/2018", "2018-07-17")]
    [InlineData("Thứ Sáu, ngày 20 tháng 1 năm 2023", "2023-01-20")]
    [InlineData("Cập nhật: 08:15, 02/09/2021", "2021-09-02T08:15")]
    [InlineData("Chủ nhật, 05-12-2021 - 20:45:10 (GMT+07:00)", "2021-12-05T20:45:10+07:00")]
    [InlineData("  09.01.2017  ", "2017-01-09")]
    [InlineData("Mon, 03 Jun 2024 09:10:00 +0700", "2024-06-03T09:10:00+07:00")]
    [InlineData("Sun, 02 Jun 2024 20:30:00 +0000", "2024-06-03T03:30:00+07:00")]
    [InlineData("2024-06-02T22:15:00Z", "2024-06-03T05:15:00+07:00")]
    [InlineData("2025-09-05T06:26:38+0700", "2025-09-05T06:26:38+07:00")]
    [InlineData("2025-10-30T06:05:00", "2025-10-30T06:05:00")]
    [InlineData("2018-08-17 12:31:00", "2018-08-17T12:31:00")]
    [InlineData("Thứ 2, 03/06/2024 | 09:10", "2024-06-03T09:10")]
    [InlineData("Ngày đăng: 3/6/2024 9:10", "2024-06-03T09:10")]
    [InlineData("Cập nhật: 03-12-2024 | 13:28:29", "2024-12-03T13:28:29")]
    [InlineData("22:48 09/01/2025", "2025-01-09T22:48")]
    [InlineData("25 tháng 11 2024", "2024-11-25")]
    [InlineData("3 tháng 6, 2024", "2024-06-03")]
    public void ReadsPublicationDatelines(string line, string expected)
    {
        var parsed = Dateline.TryParse(line, out var iso);

        Assert.True(parsed);
        Assert.Equal(expected, iso);
    }

    [Theory]
    [InlineData("Chiều 31/3/2021, Ban Nội chính Trung ương tổ chức Hội nghị giao ban.")]
    [InlineData("Giao ban công tác nội chính tháng 3/2021")]
    [InlineData("31/02/2021")]
    [InlineData("15/13/2022")]
    [InlineData("Kết luận số 32-KL/TW ngày 5/7/2018")]
    [InlineData("Ngày 17/7")]
    [InlineData("Tổng nguồn vốn tính đến ngày 31/12/2023 là 18,3 tỷ đồng.")]
    [InlineData("Mon, 31 Feb 2024 09:10:00 +0700")]
    [InlineData("")]
    public void RejectsLinesThatAreNotADateline(string line)
    {
        var parsed = Dateline.TryParse(line, out _);

        Assert.False(parsed);
    }

    [Fact]
    public void KeepsTheDateWhenTheTimeIsImpossible()
    {
        var line = "15/07/2022 25:61";

        var parsed = Dateline.TryParse(line, out var iso);

        Assert.True(parsed);
        Assert.Equal("2022-07-15", iso);
    }

    [Theory]
    [InlineData("Mon, 03 Jun 2024 09:10:00 +0700", "published: dateline RFC 2822")]
    [InlineData("2024-06-03T02:10:00Z", "published: dateline ISO 8601")]
    [InlineData("2024-06-03 09:10:00", "published: dateline SQL datetime")]
    [InlineData("Thứ 2, 03/06/2024 | 09:10", "published: dateline weekday, d/m/yyyy h:mm")]
    [InlineData("Cập nhật: 03-12-2024 | 13:28:29", "published: dateline “Cập nhật:” d-m-yyyy h:mm")]
    [InlineData("25 tháng 11 2024", "published: dateline date in words")]
    public void NamesTheFormItRead(string line, string expected)
    {
        Assert.True(Dateline.TryParse(line, out _, out var rule));

        Assert.Equal(expected, rule);
    }

    [Theory]
    [InlineData(
        "HÀ LINH - Thứ bảy, 31/08/2024 08:18 (GMT+7)",
        "2024-08-31T08:18+07:00",
        "Thứ bảy, 31/08/2024 08:18 (GMT+7)")]
    [InlineData(
        "Thứ hai, 24/06/2024 - 14:30'. (BHL) - Ngày 24/6, Tỉnh ủy tổ chức hội nghị.",
        "2024-06-24T14:30",
        "Thứ hai, 24/06/2024 - 14:30")]
    [InlineData("13 tháng 6 2024", "2024-06-13", "13 tháng 6 2024")]
    public void FindsTheOutletsStampAtopTheBodyAndWhereItStands(string line, string expected, string quote)
    {
        var found = Dateline.TryFindInBody(line, out var iso, out _, out var start, out var length);

        Assert.True(found);
        Assert.Equal(expected, iso);
        Assert.Equal(quote, line.Substring(start, length));
    }

    [Fact]
    public void DoesNotTakeALeadOpeningWithItsEventsDateForAStamp()
    {
        var line = "Ngày 09/01/2017, Ban Thường vụ Tỉnh ủy đã ban hành Kế hoạch số 26-KH/TU.";

        var found = Dateline.TryFindInBody(line, out _, out _, out _, out _);

        Assert.False(found);
    }

    [Fact]
    public void TakesTheOutletsStampAtopTheBodyOverTheFeedsTime()
    {
        var text = "Bí thư Tỉnh ủy thăm các gia đình chính sách\n\nMon, 02 Dec 2024 23:00:00 +0700\n\n" +
                   "Sáng 3-12, ông Trần Văn Lâm, Bí thư Tỉnh ủy, đến thăm các gia đình chính sách...\n\n" +
                   "Cập nhật: 03-12-2024 | 13:28:29\n\n" +
                   "(BHL) Sáng 3-12, ông Trần Văn Lâm, Bí thư Tỉnh ủy, " +
                   "đến thăm các gia đình chính sách tại xã Hòa Lâm.\n";

        var (document, _) = DocumentParser.Parse("stamp.txt", System.Text.Encoding.UTF8.GetBytes(text));

        Assert.Equal("2024-12-03T13:28:29", document!.Published);
        var evidence = Assert.Single(document.Evidence, e => e.Field == "published");
        Assert.Equal("Cập nhật: 03-12-2024 | 13:28:29", evidence.Quote);
        Assert.StartsWith("published: outlet's stamp atop the body", evidence.Rule);
    }
}
