using System.Net;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Archive.Tests.Web;

/// <summary>"On this day" for any day of the year: `/dates/on/{MM}-{dd}`.</summary>
public sealed class OnDayPageTests(OnDayPageTests.Meetings meetings) : IClassFixture<OnDayPageTests.Meetings>
{
    /// <summary>Meetings on 15 March of three years, one on 16 March, one on 29 February.</summary>
    public sealed class Meetings() : WrittenSourcesSite(folder =>
    {
        foreach (var (name, date) in new[]
                 {
                     ("a", "15/3/2019"), ("b", "15/3/2024"), ("c", "15/3/2021"), ("d", "16/3/2024"), ("e", "29/2/2020"),
                 })
            File.WriteAllText(Path.Combine(folder, $"{name}.txt"),
                $"Hội nghị ngày {date}\n\n" +
                $"Ngày {date}, Ban Thường vụ Tỉnh ủy tổ chức hội nghị bàn công tác nội chính.\n",
                new UTF8Encoding(false));
    });

    private async Task<IDocument> PageAsync(string url)
    {
        var answer = await meetings.Client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        return new HtmlParser().ParseDocument(await answer.Content.ReadAsStringAsync());
    }

    private static List<string> Titles(IDocument page) =>
        page.QuerySelectorAll("ol.document-list li a[href^='/documents/']").Select(a => a.TextContent.Trim()).ToList();

    [Fact]
    public async Task ListsTheDayInEveryYearNewestFirst()
    {
        var page = await PageAsync("/dates/on/03-15");

        Assert.Equal(["Hội nghị ngày 15/3/2024", "Hội nghị ngày 15/3/2021", "Hội nghị ngày 15/3/2019"], Titles(page));
        Assert.Equal("Ngày 15/3 các năm", page.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task The29thOfFebruaryIsADayLikeTheOthers()
    {
        var page = await PageAsync("/dates/on/02-29");

        Assert.Equal(["Hội nghị ngày 29/2/2020"], Titles(page));
        Assert.Equal(["/dates/on/02-28", "/dates/on/03-01"],
            page.QuerySelectorAll("nav.pager a").Select(a => a.GetAttribute("href")!).ToList());
    }

    [Fact]
    public async Task TheLastDayOfTheYearLeadsToTheFirst()
    {
        var page = await PageAsync("/dates/on/12-31");

        Assert.Empty(Titles(page));
        Assert.Contains("/dates/on/01-01", page.QuerySelectorAll("nav.pager a").Select(a => a.GetAttribute("href")));
    }

    [Theory]
    [InlineData("/dates/on/02-30")]
    [InlineData("/dates/on/13-01")]
    [InlineData("/dates/on/00-10")]
    [InlineData("/dates/on/3-15")]
    [InlineData("/dates/on/2024-03-15")]
    [InlineData("/dates/on/03-15?page=2")]
    public async Task ADayThatIsNotThereIsNotFound(string url)
    {
        Assert.Equal(HttpStatusCode.NotFound, (await meetings.Client.GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task TodaysPageLinksToTheWholeDay()
    {
        var page = await PageAsync("/dates/today");

        Assert.NotNull(page.QuerySelector("a[href^='/dates/on/']"));
    }
}
