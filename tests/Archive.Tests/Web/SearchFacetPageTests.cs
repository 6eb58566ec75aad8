using System.Net;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Archive.Search;
using Archive.Web.Api;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using static Archive.Tests.Search.FacetTexts;

namespace Archive.Tests.Web;

/// <summary>
/// Facets as a reader steers them, with plain links and no script: choose several values, leave one out,
/// a month under its year; and the same through /api/search, whose parameters repeat.
/// </summary>
public sealed class SearchFacetPageTests(SearchFacetPageTests.Site site) : IClassFixture<SearchFacetPageTests.Site>
{
    public sealed class Site() : WrittenSourcesSite(Write);

    private async Task<IDocument> PageAsync(string query)
    {
        var answer = await site.Client.GetAsync("/search?" + query);
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        return new HtmlParser().ParseDocument(await answer.Content.ReadAsStringAsync());
    }

    private async Task<JsonElement> ApiAsync(string query)
    {
        var answer = await site.Client.GetAsync("/api/search?" + query);
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        return JsonDocument.Parse(await answer.Content.ReadAsStringAsync()).RootElement;
    }

    private static IElement Value(IDocument page, string label) =>
        page.QuerySelectorAll(".facets a.facet-choice")
            .Single(a => a.TextContent[1..].Trim() is var text
                         && (text == label || text.StartsWith(label + " (", StringComparison.Ordinal)))
            .ParentElement!;

    private static int Hits(IDocument page) => page.QuerySelectorAll("ol.hits > li").Length;

    [Fact]
    public async Task RepeatedParametersChooseSeveralValuesOfOneFacet()
    {
        var both = await ApiAsync(
            $"q=tham+nhung&org={Uri.EscapeDataString(Internal)}&org={Uri.EscapeDataString(Inspection)}");
        var periods = await ApiAsync("q=tham+nhung&year=2021&month=2022-05");
        var leftOut = await ApiAsync("q=tham+nhung&not-type=" + Uri.EscapeDataString("Chỉ thị"));

        Assert.Equal(Meetings.Length, both.GetProperty("total").GetInt32());
        Assert.Equal(5, periods.GetProperty("total").GetInt32());
        Assert.Equal(5, leftOut.GetProperty("total").GetInt32());
        var months = periods.GetProperty("facets").GetProperty("month").EnumerateArray()
            .Select(m => m.GetProperty("value").GetString()).ToList();
        Assert.Equal(["2022-05", "2021-07", "2021-03", "2016-01"], months);
    }

    [Theory]
    [InlineData("month=2021-13", "month")]
    [InlineData("month=2021", "month")]
    [InlineData("year=21", "year")]
    [InlineData("not-year=2021-03", "not-year")]
    [InlineData("org=A&not-org=A", "vừa được chọn vừa bị loại trừ")]
    public async Task ABadFacetValueIsA400ThatSaysWhich(string query, string named)
    {
        var answer = await site.Client.GetAsync("/api/search?q=tham+nhung&" + query);

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        Assert.Contains(named, await answer.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task MoreValuesThanAFacetTakesIsA400()
    {
        var query = string.Join("&", Enumerable.Range(0, FacetFilter.MaxValues + 1).Select(i => $"org=o{i}"));

        var answer = await site.Client.GetAsync("/api/search?q=tham+nhung&" + query);

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
    }

    [Fact]
    public async Task AValueLinkAddsItToTheChoiceAndAChosenOneRemovesIt()
    {
        var page = await PageAsync($"q=tham+nhung&org={Uri.EscapeDataString(Internal)}");
        var other = Value(page, Inspection);
        var chosen = Value(page, Internal);

        Assert.Equal(4, Hits(page));
        Assert.Equal("(3)", other.QuerySelector(".count")!.TextContent);
        var widened = await PageAsync(other.QuerySelector("a.facet-choice")!.GetAttribute("href")!.Split('?')[1]);
        Assert.Equal(Meetings.Length, Hits(widened));
        Assert.Contains("chosen", chosen.QuerySelector("a.facet-choice")!.ClassList);
        Assert.Contains("đã chọn", chosen.TextContent);
        Assert.Equal("/search?q=tham%20nhung", chosen.QuerySelector("a.facet-choice")!.GetAttribute("href"));
    }

    [Fact]
    public async Task TheLeaveOutLinkDropsAValueAndTheFilterLineCanBringItBack()
    {
        var page = await PageAsync("q=tham+nhung");
        var leaveOut = Value(page, Inspection).QuerySelector("a.facet-exclude")!;
        Assert.Equal($"Loại trừ {Inspection}", leaveOut.GetAttribute("aria-label"));

        var left = await PageAsync(leaveOut.GetAttribute("href")!.Split('?')[1]);

        Assert.Equal(4, Hits(left));
        Assert.Contains("excluded", Value(left, Inspection).QuerySelector("a.facet-choice")!.ClassList);
        var chip = left.QuerySelector(".filters a.excluded")!;
        Assert.Contains($"trừ {Inspection}", chip.TextContent);
        Assert.Equal("/search?q=tham%20nhung", chip.GetAttribute("href"));
    }

    [Fact]
    public async Task AChosenYearOffersItsMonthsAndAMonthNarrowsTheYear()
    {
        var page = await PageAsync("q=tham+nhung&year=2021&year=2022");
        var months = Value(page, "2021").QuerySelectorAll("ul.months a.facet-choice").ToList();

        Assert.Equal(5, Hits(page));
        Assert.Equal(["☐ Tháng 3/2021", "☐ Tháng 7/2021"], months.Select(a => a.TextContent.Trim()));
        // 2022's two meetings are both in May: its one month says no more than the year.
        Assert.Null(Value(page, "2022").QuerySelector("ul.months"));
        // A year not chosen keeps its months folded away.
        Assert.Null(Value(page, "2016").QuerySelector("ul.months"));

        var narrowed = await PageAsync(months[1].GetAttribute("href")!.Split('?')[1]);

        Assert.Equal("/search?q=tham%20nhung&year=2022&month=2021-07",
            months[1].GetAttribute("href"));
        Assert.Equal(3, Hits(narrowed));
        Assert.StartsWith("☑ Tháng 7/2021", Value(narrowed, "Tháng 7/2021").TextContent.Trim());
    }

    [Fact]
    public async Task TheFormSendsTheChosenFiltersAgainWithNewWords()
    {
        var page = await PageAsync(
            $"q=tham+nhung&month=2021-03&not-org={Uri.EscapeDataString(Inspection)}&type=K%E1%BA%BFt+lu%E1%BA%ADn");

        var hidden = page.QuerySelectorAll("form.search-form input[type=hidden]")
            .Select(i => (i.GetAttribute("name"), i.GetAttribute("value"))).ToList();
        Assert.Equal([("month", "2021-03"), ("not-org", Inspection), ("type", "Kết luận")], hidden);
        Assert.Equal(1, Hits(page));
    }

    [Fact]
    public async Task TheFormHasADateRangeThatNarrowsTheSearch()
    {
        var page = await PageAsync("q=tham+nhung&from=2021-03-10&to=2021-07-31");

        Assert.Equal("2021-03-10", page.QuerySelector("form.search-form input#from[type=date]")!.GetAttribute("value"));
        Assert.Equal("2021-07-31", page.QuerySelector("form.search-form input#to[type=date]")!.GetAttribute("value"));
        Assert.Equal("Từ ngày", page.QuerySelector("label[for=from]")!.TextContent);
        // b (19 March) and c (2 July); a (5 March) is before the range.
        Assert.Equal(2, Hits(page));
        // An empty field, as a form sends it, is no date.
        Assert.Equal(Meetings.Length, Hits(await PageAsync("q=tham+nhung&from=&to=")));
    }

    [Fact]
    public void WrittenParametersReadBackAsTheSameSearch()
    {
        var search = new SearchRequest
        {
            Query = "tham nhũng",
            Page = 3,
            Size = 50,
            Sort = SearchSort.DateAsc,
            From = new DateOnly(2020, 1, 1),
            To = new DateOnly(2022, 12, 31),
            Period = new FacetFilter(["2021", "2022-05"], ["2021-07"]),
            Organisation = new FacetFilter([Internal], [Inspection]),
            DirectiveType = new FacetFilter([], ["Chỉ thị"]),
            Province = new FacetFilter(["Quảng Ninh", "Trung ương"], []),
            Exact = true,
        };

        var written = QueryHelpers.ParseQuery(SearchParameters.Write(search).Value);
        var read = SearchParameters.Read(new QueryCollection(written));

        Assert.Equal(search, read);
    }
}
