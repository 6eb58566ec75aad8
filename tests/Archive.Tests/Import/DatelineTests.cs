using Archive.Import;

namespace Archive.Tests.Import;

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
}
