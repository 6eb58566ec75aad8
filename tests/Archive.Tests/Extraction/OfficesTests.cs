using System.Text.RegularExpressions;
using Archive.Extraction;
using Archive.Text;

namespace Archive.Tests.Extraction;

/// <summary>The cheap first-word tests never rule out a word where an office or a going-on starts.</summary>
public sealed partial class OfficesTests
{
    [GeneratedRegex(@"\S+")]
    private static partial Regex Word();

    [Theory]
    [InlineData("Tổng Bí thư")] [InlineData("nguyên Phó Chủ tịch")] [InlineData("Uỷ viên")] [InlineData("ủy viên")]
    [InlineData("Tỉnh ủy viên")] [InlineData("PGS.TS")] [InlineData("GS-TS")] [InlineData("Đại tá")]
    [InlineData("Thiếu úy")] [InlineData("nhà báo")] [InlineData("HLV")] [InlineData("Người phát ngôn")]
    [InlineData("Tổ trưởng")] [InlineData("Hòa thượng")] [InlineData("Linh mục")] [InlineData("NSƯT")]
    [InlineData("ĐBQH")] [InlineData("Chuẩn tướng")] [InlineData("Thạc sĩ")] [InlineData("cầu thủ")]
    [InlineData("thông tín viên")] [InlineData("Thường trực")] [InlineData("cựu chiến binh")]
    [InlineData("Quyền Giám đốc")] [InlineData("Chính uỷ")] [InlineData("Đại sứ")] [InlineData("Trưởng")]
    public void AnOfficeMayStartAtItsFirstWord(string office)
    {
        Assert.Matches(Offices.Head(), office);
        Assert.True(Offices.MayStartHead(office.Split(' ')[0]), office);
    }

    [Fact]
    public void NoOfficeOrGoingOnInRealTextIsRuledOutByItsFirstWord()
    {
        var texts = Directory.EnumerateFiles(Repository.SeedsFolder, "*.txt")
            .Select(f => VietnameseText.Normalize(File.ReadAllText(f)));
        var offices = 0;
        foreach (var text in texts)
        {
            foreach (Match word in Word().Matches(text))
            {
                var token = word.Value.TrimStart('(', '“', '"');
                var at = word.Index + word.Length - token.Length;
                if (Offices.Head().IsMatch(text, at))
                {
                    offices++;
                    Assert.True(Offices.MayStartHead(token), token);
                }
                if (Offices.SentenceGoesOn().IsMatch(text, at))
                    Assert.True(Offices.MayGoOn(token.TrimEnd(',', '.', ';', ':')), token);
            }
        }
        Assert.True(offices > 20, $"only {offices} offices in the seeds");
    }
}
