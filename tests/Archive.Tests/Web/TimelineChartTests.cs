using System.Net;
using System.Text;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Archive.Web.Pages;

namespace Archive.Tests.Web;

/// <summary>
/// The search page's results-over-time chart: SVG drawn on the server, a table behind it, each period a link.
/// </summary>
public sealed class TimelineChartTests(TimelineChartTests.Years years) : IClassFixture<TimelineChartTests.Years>
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

        var rows = page.QuerySelectorAll("figure.timeline-chart table tbody tr")
            .Select(r => (Year: r.QuerySelector("th")!.TextContent, Count: r.QuerySelector("td")!.TextContent))
            .ToList();
        Assert.Equal([("2019", "1"), ("2020", "0"), ("2021", "3"), ("2022", "0"), ("2023", "0"), ("2024", "2")], rows);
        var bars = page.QuerySelectorAll("figure.timeline-chart svg rect").ToList();
        Assert.Equal(6, bars.Count);
        // The tallest bar is the year with most results; a year with none is a bar of nothing.
        Assert.Equal(TimelineChart.Svg(TimelineChart.Height), bars[2].GetAttribute("height"));
        Assert.Equal("0", bars[1].GetAttribute("height"));
        var link = bars[2].ParentElement!.GetAttribute("href")!;
        Assert.Contains("year=2021", link);
        Assert.Contains("q=tham", link);
        Assert.Equal(link, page.QuerySelector("figure.timeline-chart tbody tr:nth-child(3) a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task ASearchWithinOneYearCountsItsMonthsEachALinkToThatMonth()
    {
        var page = await SearchAsync("tham+nhung&year=2021");

        Assert.Equal("Số kết quả theo tháng", page.QuerySelector("figure.timeline-chart figcaption")!.TextContent);
        var rows = page.QuerySelectorAll("figure.timeline-chart table tbody tr").Select(r =>
            (Month: r.QuerySelector("th")!.TextContent, Href: r.QuerySelector("a")!.GetAttribute("href")!)).ToList();
        Assert.Equal(["Tháng 4/2021", "Tháng 5/2021", "Tháng 6/2021"], rows.Select(r => r.Month));
        Assert.Equal("/search?q=tham%20nhung&month=2021-05", rows[1].Href);
        Assert.Equal(3, page.QuerySelectorAll("ol.hits > li").Length);
    }

    [Fact]
    public async Task TheApiGivesTheSameCountsWithTheDaysOfEachPeriod()
    {
        using var answer = JsonDocument.Parse(await years.Client.GetStringAsync("/api/search?q=tham+nhung&year=2021"));

        var timeline = answer.RootElement.GetProperty("timeline");
        Assert.Equal("month", timeline.GetProperty("unit").GetString());
        Assert.Equal(0, timeline.GetProperty("undated").GetInt32());
        var may = timeline.GetProperty("periods")[1];
        Assert.Equal("2021-05", may.GetProperty("period").GetString());
        Assert.Equal("2021-05-01", may.GetProperty("from").GetString());
        Assert.Equal("2021-05-31", may.GetProperty("to").GetString());
        Assert.Equal(1, may.GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task OneMonthOfResultsHasNoChart()
    {
        var page = await SearchAsync("tham+nhung&month=2021-05");

        Assert.Null(page.QuerySelector("figure.timeline-chart"));
        Assert.Single(page.QuerySelectorAll("ol.hits > li"));
    }
}
