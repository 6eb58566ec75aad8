using System.Net;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Archive.Web.Pages;

namespace Archive.Tests.Web;

/// <summary>
/// The search page's results-over-time chart: SVG drawn on the server, a table behind it, each year a link.
/// </summary>
public sealed class YearChartTests(YearChartTests.Years years) : IClassFixture<YearChartTests.Years>
{
    /// <summary>
    /// Meetings on anti-corruption work in 2019 (one), 2021 (three) and 2024 (two), none in 2020, 2022, 2023.
    /// </summary>
    public sealed class Years() : WrittenSourcesSite(folder =>
    {
        foreach (var (name, date) in new[]
                 {
                     ("a", "5/3/2019"), ("b", "6/4/2021"), ("c", "7/5/2021"), ("d", "8/6/2021"), ("e", "9/7/2024"),
                     ("f", "10/8/2024"),
                 })
            File.WriteAllText(Path.Combine(folder, $"{name}.txt"),
                $"Hội nghị ngày {date}\n\n" +
                $"Ngày {date}, Ban Thường vụ Tỉnh ủy tổ chức hội nghị bàn công tác phòng, chống tham nhũng.\n",
                new UTF8Encoding(false));
    });

    private async Task<IDocument> SearchAsync(string query)
    {
        var answer = await years.Client.GetAsync($"/search?q={query}");
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        return new HtmlParser().ParseDocument(await answer.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task EachYearFromTheFirstToTheLastIsABarAndARowLinkingToThatYear()
    {
        var page = await SearchAsync("tham+nhung");

        var rows = page.QuerySelectorAll("figure.year-chart table tbody tr")
            .Select(r => (Year: r.QuerySelector("th")!.TextContent, Count: r.QuerySelector("td")!.TextContent))
            .ToList();
        Assert.Equal([("2019", "1"), ("2020", "0"), ("2021", "3"), ("2022", "0"), ("2023", "0"), ("2024", "2")], rows);
        var bars = page.QuerySelectorAll("figure.year-chart svg rect").ToList();
        Assert.Equal(6, bars.Count);
        // The tallest bar is the year with most results; a year with none is a bar of nothing.
        Assert.Equal(YearChart.Svg(YearChart.Height), bars[2].GetAttribute("height"));
        Assert.Equal("0", bars[1].GetAttribute("height"));
        var link = bars[2].ParentElement!.GetAttribute("href")!;
        Assert.Contains("year=2021", link);
        Assert.Contains("q=tham", link);
        Assert.Equal(link, page.QuerySelector("figure.year-chart tbody tr:nth-child(3) a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task ASearchWithinOneYearHasNoChart()
    {
        var page = await SearchAsync("tham+nhung&year=2021");

        Assert.Null(page.QuerySelector("figure.year-chart"));
        Assert.Equal(3, page.QuerySelectorAll("ol.hits > li").Length);
    }
}
