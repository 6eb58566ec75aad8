using System.Net;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Archive.Tests.Web;

/// <summary>
/// /provinces and a province's page (its documents, the directives they cite, a search of them), and the
/// province × year grid of a directive's page.
/// </summary>
public sealed class ProvincePageTests(ProvincePageTests.Site site) : IClassFixture<ProvincePageTests.Site>
{
    /// <summary>Two meetings in Quảng Ninh province and one of a central body held there.</summary>
    public sealed class Site() : WrittenSourcesSite(folder =>
    {
        foreach (var (name, body, cites) in new[]
                 {
                     ("a", "Ban Thường vụ Tỉnh ủy Quảng Ninh", "Kết luận số 12-KL/TW"),
                     ("b", "Ủy ban Kiểm tra Tỉnh ủy Quảng Ninh", "Chỉ thị số 35-CT/TW"),
                     ("c", "Ban Nội chính Trung ương", "Kết luận số 12-KL/TW"),
                 })
            File.WriteAllText(Path.Combine(folder, name + ".txt"),
                $"Hội nghị {name.ToUpperInvariant()} quán triệt văn bản của Trung ương\n\n06/03/2021\n\n" +
                $"Ngày 5/3/2021, {body} tổ chức hội nghị quán triệt {cites} tại thành phố Hạ Long, tỉnh Quảng Ninh.\n",
                new UTF8Encoding(false));
    });

    private async Task<IDocument> PageAsync(string path)
    {
        var answer = await site.Client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        return new HtmlParser().ParseDocument(await answer.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task CentralBodiesAreListedApartFromTheProvinceTheyMetIn()
    {
        var page = await PageAsync("/provinces");

        var rows = page.QuerySelectorAll("main .plain-list li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Equal(["Quảng Ninh (2 tài liệu)", "Trung ương (1 tài liệu)"], rows);
    }

    [Fact]
    public async Task AProvinceShowsItsDocumentsAndTheDirectivesTheyCite()
    {
        var page = await PageAsync("/provinces/quang-ninh");

        Assert.Equal("Quảng Ninh", page.QuerySelector("h1")!.TextContent);
        Assert.Equal(2, page.QuerySelectorAll(".document-list li").Length);
        var cited = page.QuerySelectorAll("section[aria-labelledby=cited-heading] li a")
            .Select(a => a.GetAttribute("href")).Order().ToList();
        Assert.Equal(["/directives/12-kl-tw", "/directives/35-ct-tw"], cited);
    }

    [Fact]
    public async Task ItsSearchLinkFindsTheSameDocuments()
    {
        var province = await PageAsync("/provinces/quang-ninh");
        var search = await PageAsync(province.QuerySelector(".lede a")!.GetAttribute("href")!);

        Assert.Equal(2, search.QuerySelectorAll("ol.hits > li").Length);
    }

    [Fact]
    public async Task ADirectiveCountsItsCitingDocumentsByProvinceAndYear()
    {
        var page = await PageAsync("/directives/12-kl-tw");
        var grid = page.QuerySelector("table.province-grid")!;
        var years = grid.QuerySelectorAll("thead th").Select(th => th.TextContent).ToList();
        var rows = grid.QuerySelectorAll("tbody tr").ToDictionary(
            tr => tr.QuerySelector("th")!.TextContent.Trim(),
            tr => tr.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToList());

        Assert.Equal(["Tỉnh, thành", "2021", "Cộng"], years);
        Assert.Equal("Trung ương", grid.QuerySelector("tbody tr th")!.TextContent.Trim());
        Assert.Equal(["1", "1"], rows["Trung ương"]);
        Assert.Equal(["1", "1"], rows["Quảng Ninh"]);
        Assert.Equal(2, rows.Count);
        // Where nothing is recorded is named too: every other province.
        var none = page.QuerySelector("details.no-documents")!;
        Assert.StartsWith("6", none.QuerySelector("summary")!.TextContent);
        Assert.Contains("Hà Nội", none.QuerySelector("p")!.TextContent.Split(", "));
    }

    [Fact]
    public async Task EachCellLinksToASearchOfItsDocuments()
    {
        var page = await PageAsync("/directives/12-kl-tw");
        var cell = page.QuerySelectorAll("table.province-grid tbody tr")
            .Single(tr => tr.QuerySelector("th")!.TextContent.Trim() == "Quảng Ninh").QuerySelector("td a")!;

        var search = await PageAsync(cell.GetAttribute("href")!);

        Assert.Equal("/search?q=12-KL%2FTW&year=2021&province=Qu%E1%BA%A3ng%20Ninh", cell.GetAttribute("href"));
        var hits = search.QuerySelectorAll("ol.hits > li h3").Select(h => h.TextContent).ToList();
        Assert.Equal(["Hội nghị A quán triệt văn bản của Trung ương"], hits);
    }

    [Fact]
    public async Task AnUnknownProvinceIsNotFound()
    {
        var answer = await site.Client.GetAsync("/provinces/khong-co");

        Assert.Equal(HttpStatusCode.NotFound, answer.StatusCode);
    }
}
