using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Archive.Tests.Web;

/// <summary>Every document a search finds, exported as CSV, JSON Lines, BibTeX, RIS or CSL-JSON.</summary>
public sealed class SearchExportTests(SearchExportTests.Exportable site) : IClassFixture<SearchExportTests.Exportable>
{
    private const int Count = 130;

    /// <summary>
    /// 130 documents, more than one page of hits; one title a spreadsheet would run, one with a comma and quotes.
    /// </summary>
    public sealed class Exportable() : WrittenSourcesSite(folder =>
    {
        for (var i = 0; i < Count; i++)
        {
            var title = i switch
            {
                0 => "=HYPERLINK(\"http://example.com\") hội nghị công tác nội chính",
                1 => "Hội nghị \"giao ban\", công tác nội chính",
                _ => $"Hội nghị giao ban công tác nội chính số {i}",
            };
            File.WriteAllText(Path.Combine(folder, $"{i:000}.txt"),
                $"{title}\n\n17/07/2023\n\nChiều ngày 16/7, Ban Thường vụ Tỉnh ủy tổ chức hội nghị lần {i}.\n\n" +
                "Hội nghị quán triệt Kết luận số 32-KL/TW của Bộ Chính trị.\n\nNguyễn Văn An\n",
                new UTF8Encoding(false));
        }
    });

    private async Task<(HttpResponseMessage Answer, string Text)> Export(string query, string? accept = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/search?" + query);
        if (accept is not null) request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));
        var answer = await site.Client.SendAsync(request);
        return (answer, await answer.Content.ReadAsStringAsync());
    }

    private async Task<List<string>> SearchedIds(string query)
    {
        var ids = new List<string>();
        for (var page = 1; ; page++)
        {
            var result = await site.Client.GetFromJsonAsync<JsonElement>($"/api/search?{query}&size=100&page={page}");
            var hits = result.GetProperty("hits").EnumerateArray()
                .Select(h => h.GetProperty("id").GetString()!)
                .ToList();
            ids.AddRange(hits);
            if (hits.Count < 100) return ids;
        }
    }

    [Fact]
    public async Task CsvHoldsEveryDocumentInTheSearchsOrderForASpreadsheet()
    {
        var (answer, _) = await Export("q=hội+nghị&format=csv");
        var bytes = await answer.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Equal("text/csv", answer.Content.Headers.ContentType?.MediaType);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var rows = ParseCsv(Encoding.UTF8.GetString(bytes[3..]));
        Assert.Equal("id", rows[0][0]);
        Assert.Equal(await SearchedIds("q=hội+nghị"), rows.Skip(1).Select(r => r[0]));
        Assert.Equal(Count.ToString(), answer.Headers.GetValues("X-Total-Count").Single());
        Assert.Contains(rows, r => r[1] == "Hội nghị \"giao ban\", công tác nội chính");
        Assert.Contains(rows, r => r[1].StartsWith("'=HYPERLINK", StringComparison.Ordinal));
        Assert.All(rows.Skip(1), r => Assert.Equal("32-KL/TW", r[9]));
    }

    [Fact]
    public async Task JsonLinesHoldOneDocumentALine()
    {
        var (answer, text) = await Export("q=hội+nghị", accept: "application/jsonl");

        Assert.Equal("application/jsonl", answer.Content.Headers.ContentType?.MediaType);
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => JsonDocument.Parse(l).RootElement)
            .ToList();
        Assert.Equal(Count, lines.Count);
        Assert.All(lines, l =>
            Assert.EndsWith("/documents/" + l.GetProperty("id").GetString(), l.GetProperty("url").GetString()));
        Assert.All(lines, l => Assert.Equal("Nguyễn Văn An", l.GetProperty("author").GetString()));
        Assert.All(lines, l =>
            Assert.Equal(["32-KL/TW"], l.GetProperty("directives").EnumerateArray().Select(d => d.GetString())));
    }

    [Theory]
    [InlineData("bibtex", "application/x-bibtex", "@article{")]
    [InlineData("ris", "application/x-research-info-systems", "TY  - NEWS")]
    public async Task ReferenceManagerFormatsHoldOneEntryADocument(string format, string mediaType, string entryStart)
    {
        var (answer, text) = await Export($"q=hội+nghị&format={format}");

        Assert.Equal(mediaType, answer.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Count, text.Split(entryStart).Length - 1);
        Assert.Contains("attachment", answer.Content.Headers.ContentDisposition?.DispositionType);
    }

    [Fact]
    public async Task CslJsonIsOneArrayOfEveryDocument()
    {
        var (_, text) = await Export("q=hội+nghị&format=csl-json");

        var items = JsonDocument.Parse(text).RootElement.EnumerateArray().ToList();
        Assert.Equal(Count, items.Count);
        Assert.All(items, i => Assert.Equal("article-newspaper", i.GetProperty("type").GetString()));
    }

    [Fact]
    public async Task MaxSaysHowManyAndTheHeadersSayHowManyMore()
    {
        var (answer, text) = await Export("q=hội+nghị&format=jsonl&max=3&sort=date-desc");

        Assert.Equal(3, text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Equal("3", answer.Headers.GetValues("X-Exported-Count").Single());
        Assert.Equal(Count.ToString(), answer.Headers.GetValues("X-Total-Count").Single());
    }

    [Theory]
    [InlineData("q=hội+nghị&format=xlsx")]
    [InlineData("q=hội+nghị&format=csv&max=0")]
    [InlineData("q=hội+nghị&format=csv&max=10001")]
    [InlineData("q=\"hội+nghị&format=csv")]
    public async Task ABadExportIsAProblemBeforeAnyByte(string query)
    {
        var (answer, _) = await Export(query);

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        Assert.Equal("application/problem+json", answer.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task TheSearchPageLinksToEachExportOfTheSameSearch()
    {
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(
            await site.Client.GetStringAsync("/search?q=hội+nghị&year=2023&page=2"));

        var links = page.QuerySelectorAll("p.export a").Select(a => a.GetAttribute("href")!).ToList();

        Assert.Equal(5, links.Count);
        foreach (var link in links)
        {
            Assert.Contains("year=2023", link);
            Assert.DoesNotContain("page=", link);
            var answer = await site.Client.GetAsync(link);
            Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
            Assert.Equal(Count.ToString(), answer.Headers.GetValues("X-Exported-Count").Single());
        }
    }

    [Fact]
    public async Task WithoutAFormatTheSearchIsJsonAsBefore()
    {
        var (answer, text) = await Export("q=hội+nghị");

        Assert.Equal("application/json", answer.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Count, JsonDocument.Parse(text).RootElement.GetProperty("total").GetInt32());
    }

    /// <summary>RFC 4180, read independently of the writer: quoted fields, doubled quotes, CRLF rows.</summary>
    private static List<List<string>> ParseCsv(string text)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { row.Add(field.ToString()); field.Clear(); }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                row.Add(field.ToString());
                field.Clear();
                rows.Add(row);
                row = [];
                i++;
            }
            else field.Append(c);
        }
        return rows;
    }
}
