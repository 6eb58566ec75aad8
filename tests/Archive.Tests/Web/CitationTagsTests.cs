using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using AngleSharp.Dom;
using Archive.Web.Citing;

namespace Archive.Tests.Web;

/// <summary>
/// Every document page states what Zotero should save (docs/citing.md): read here as Zotero's
/// "Embedded Metadata" and "COinS" translators read them.
/// </summary>
public sealed class CitationTagsTests(CitationTagsTests.Bylines bylines) : IClassFixture<CitationTagsTests.Bylines>
{
    /// <summary>
    /// The seeds, and bylines written as the sources write them: people, a pair, an agency, the reporter, an
    /// outlet.
    /// </summary>
    public sealed class Bylines() : WrittenSourcesSite(folder =>
    {
        foreach (var seed in Directory.GetFiles(Repository.SeedsFolder))
            File.Copy(seed, Path.Combine(folder, Path.GetFileName(seed)));
        var bylines = new[]
        {
            "Nguyễn Văn An", "Minh Anh - Thu Hà", "TTXVN", "P.V.", "Trần Thị Bích Ngọc (TTXVN)", "Theo Báo Nhân Dân",
        };
        for (var i = 0; i < bylines.Length; i++)
            File.WriteAllText(Path.Combine(folder, $"byline-{i}.txt"),
                $"Hội nghị giao ban công tác nội chính số {i}\n\n17/07/2018\n\nChiều ngày 16/7, " +
                "Ban Thường vụ Tỉnh ủy tổ chức hội nghị giao ban công tác nội chính.\n\n" +
                $"Hội nghị giao nhiệm vụ cho các cơ quan trong thời gian tới.\n\n{bylines[i]}\n",
                new UTF8Encoding(false));
    });

    private readonly HttpClient client = bylines.Client;

    private async Task<List<(JsonElement Document, IDocument Page)>> AllPagesAsync()
    {
        var list = await client.GetFromJsonAsync<JsonElement>("/api/documents?size=100");
        var pages = new List<(JsonElement, IDocument)>();
        foreach (var item in list.GetProperty("items").EnumerateArray())
            pages.Add((item, await PageTests.ParseAsync(
                await client.GetAsync($"/documents/{item.GetProperty("id").GetString()}"))));
        return pages;
    }

    private static string? Meta(IDocument page, string name) =>
        page.QuerySelector($"head meta[name='{name}']")?.GetAttribute("content");

    private static List<string> Authors(IDocument page) =>
        page.QuerySelectorAll("head meta[name='citation_author']").Select(m => m.GetAttribute("content")!).ToList();

    // The COinS span's pairs, decoded as Zotero's parseContextObject decodes them.
    private static List<(string Key, string Value)> ContextObject(IDocument page) =>
        page.QuerySelector("span.Z3988")!.GetAttribute("title")!.Split('&')
            .Select(pair => pair.Split('=', 2))
            .Select(kv => (kv[0], Uri.UnescapeDataString(kv[1].Replace('+', ' '))))
            .ToList();

    [Fact]
    public async Task EveryDocumentIsANewspaperArticleNeverAJournals()
    {
        foreach (var (document, page) in await AllPagesAsync())
        {
            Assert.Equal("vi", page.DocumentElement.GetAttribute("lang"));
            Assert.Equal("newspaperArticle", Meta(page, "DC.type"));
            Assert.Null(Meta(page, "citation_journal_title"));
            Assert.Equal(document.GetProperty("title").GetString(), Meta(page, "citation_title"));
            Assert.Equal(
                page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"),
                Meta(page, "citation_public_url"));
            var coins = ContextObject(page);
            Assert.Contains(("rft_val_fmt", "info:ofi/fmt:kev:mtx:dc"), coins);
            Assert.Contains(("rft.type", "newspaperArticle"), coins);
            Assert.Contains(("rft.title", document.GetProperty("title").GetString()!), coins);
        }
    }

    [Fact]
    public async Task DatesAreTheDayOfPublicationInIsoForm()
    {
        var dated = 0;
        foreach (var (document, page) in await AllPagesAsync())
        {
            var published = document.GetProperty("published").GetString();
            // The meeting's day is not the article's: with no publication date there is no date.
            var expected = published?[..10];
            Assert.Equal(expected, Meta(page, "citation_publication_date"));
            Assert.Equal(expected, Meta(page, "DC.date"));
            Assert.Equal(
                expected,
                ContextObject(page).Where(p => p.Key == "rft.date").Select(p => p.Value).SingleOrDefault());
            if (expected is not null) Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", expected);
            if (expected is not null) dated++;
        }
        Assert.True(dated >= 3);
    }

    [Fact]
    public async Task AuthorsAreThePeopleOfTheBylineFamilyNameFirst()
    {
        var pages = await AllPagesAsync();
        var byAuthor = pages.Where(p => p.Document.GetProperty("author").GetString() is not null)
            .ToLookup(p => p.Document.GetProperty("author").GetString()!, p => p.Page);

        Assert.Equal(["Nguyễn, Văn An"], Authors(byAuthor["Nguyễn Văn An"].Single()));
        Assert.Equal(["Minh, Anh", "Thu, Hà"], Authors(byAuthor["Minh Anh - Thu Hà"].Single()));
        var agencySigned = pages
            .Single(p => p.Page.QuerySelector("p.credit")?.TextContent.Contains("Bích Ngọc") == true)
            .Page;
        Assert.Equal(["Trần, Thị Bích Ngọc"], Authors(agencySigned));
        Assert.Contains(("rft.creator", "Trần, Thị Bích Ngọc"), ContextObject(agencySigned));
    }

    [Fact]
    public async Task AnAgencyTheReporterOrAnOutletIsNeverAnAuthor()
    {
        var notPeople = new List<string?>();
        foreach (var (document, page) in await AllPagesAsync())
        {
            var byline = string.Join(" ", page.QuerySelectorAll("p.credit").Select(p => p.TextContent));
            if (byline.Contains("TTXVN") && !byline.Contains("Bích Ngọc")
                || byline.Contains("P.V.")
                || byline.Contains("Theo "))
            {
                Assert.Empty(Authors(page));
                Assert.DoesNotContain(ContextObject(page), p => p.Key == "rft.creator");
                notPeople.Add(document.GetProperty("sourceFile").GetString());
            }
        }
        // At least TTXVN, P.V. and "Theo Báo Nhân Dân" written above; the seeds credited "Theo ..." besides.
        Assert.All(new[] { "byline-2.txt", "byline-3.txt", "byline-5.txt" }, file => Assert.Contains(file, notPeople));
    }

    [Fact]
    public async Task NoCreditLineIsOneZoteroWouldTakeForTheAuthor()
    {
        foreach (var (document, page) in await AllPagesAsync())
        {
            // The classes Embedded Metadata's getAuthorFromByline looks for when the head names no author.
            Assert.Empty(page.QuerySelectorAll(".byline, .bylines, .vcard, .article-byline"));
            if (document.GetProperty("credits").GetArrayLength() > 0)
                Assert.NotEmpty(page.QuerySelectorAll("p.credit"));
        }
    }

    [Fact]
    public async Task TheOutletIsThePublicationWithoutItsInitials()
    {
        foreach (var (document, page) in await AllPagesAsync())
        {
            var source = document.GetProperty("source").GetString();
            var outlet = Meta(page, "DC.source");
            Assert.Equal(source is null, outlet is null);
            if (outlet is null) continue;
            Assert.StartsWith(outlet, source);
            Assert.DoesNotContain("(", outlet);
            Assert.Contains(("rft.source", outlet), ContextObject(page));
        }
        // The site's own name stays the site's: Zotero takes DC.source first.
        var (_, any) = (await AllPagesAsync())[0];
        Assert.Equal("Lưu trữ Nội chính", any.QuerySelector("meta[property='og:site_name']")!.GetAttribute("content"));
    }

    [Theory]
    [InlineData("Đặng Phước", "Đặng, Phước")]
    [InlineData("Nguyễn Văn An", "Nguyễn, Văn An")]
    [InlineData("Hoàng Phúc (tổng hợp)", "Hoàng, Phúc")]
    [InlineData("Minh Anh, Thu Hà", "Minh, Anh|Thu, Hà")]
    [InlineData("Minh Anh và Thu Hà", "Minh, Anh|Thu, Hà")]
    [InlineData("T.H.", "T.H.")]
    [InlineData("Kiên", "Kiên")]
    [InlineData("TTXVN", "")]
    [InlineData("VOV", "")]
    [InlineData("P.V.", "")]
    [InlineData("PV", "")]
    [InlineData("Nhóm PV", "")]
    [InlineData("Phóng viên", "")]
    [InlineData("baothaibinh.com.vn", "")]
    [InlineData("Quang Binh Portal", "")]
    [InlineData("Báo Nhân Dân", "")]
    [InlineData("Ban Tuyên giáo Tỉnh ủy", "")]
    [InlineData("Cổng TTĐT tỉnh", "")]
    public void ReadsOnlyPeopleFromAByline(string byline, string expected)
    {
        var authors = CitationTags.AuthorsIn(byline);

        Assert.Equal(expected.Length == 0 ? [] : expected.Split('|'), authors);
    }
}
