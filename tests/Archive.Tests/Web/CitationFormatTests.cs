using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Archive.Web.Citing;

namespace Archive.Tests.Web;

/// <summary>Each document exported as BibTeX, RIS and CSL-JSON, and each export read back.</summary>
public sealed partial class CitationFormatTests(ArchiveWebFactory factory) : IClassFixture<ArchiveWebFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    public static TheoryData<string> Formats => ["bibtex", "ris", "csl-json"];

    private async Task<List<JsonElement>> DocumentsAsync() =>
        (await client.GetFromJsonAsync<JsonElement>("/api/documents?size=100"))
            .GetProperty("items")
            .EnumerateArray()
            .ToList();

    /// <summary>What an export says, read back: title, authors ("Family, Given"), ISO date, URL.</summary>
    private static (string Title, List<string> Authors, string? Date, string Url) ReadBack(
        string format, string text) => format switch
    {
        "bibtex" =>
            (Field(text, "title")!, Field(text, "author")?.Split(" and ").ToList() ?? [], Field(text, "date"),
             Field(text, "url")!),
        "ris" =>
            (Tags(text, "TI").Single(), Tags(text, "AU"), Tags(text, "DA").SingleOrDefault()?.Replace('/', '-'),
             Tags(text, "UR").Single()),
        _ => Csl(JsonDocument.Parse(text).RootElement.EnumerateArray().Single()),
    };

    private static string? Field(string bibtex, string name) =>
        Regex.Match(bibtex, $@"^  {name} = \{{(.*)\}},$", RegexOptions.Multiline) is { Success: true } m
            ? m.Groups[1].Value
            : null;

    private static List<string> Tags(string ris, string tag) =>
        ris.Split("\r\n").Where(l => l.StartsWith(tag + "  - ", StringComparison.Ordinal)).Select(l => l[6..]).ToList();

    private static (string, List<string>, string?, string) Csl(JsonElement item) => (
        item.GetProperty("title").GetString()!,
        item.TryGetProperty("author", out var authors)
            ? authors.EnumerateArray()
                .Select(a => $"{a.GetProperty("family").GetString()}, {a.GetProperty("given").GetString()}")
                .ToList()
            : [],
        item.TryGetProperty("issued", out var issued)
            ? string.Join(
                "-", issued.GetProperty("date-parts")[0].EnumerateArray().Select(p => p.GetInt32().ToString("00")))
            : null,
        item.GetProperty("URL").GetString()!);

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task EveryDocumentReadsBackWithItsTitleAuthorsDateAndPermalink(string format)
    {
        foreach (var document in await DocumentsAsync())
        {
            var id = document.GetProperty("id").GetString()!;
            var answer = await client.GetAsync($"/api/documents/{id}?format={format}");
            Assert.Equal(HttpStatusCode.OK, answer.StatusCode);

            var (title, authors, date, url) = ReadBack(format, await answer.Content.ReadAsStringAsync());

            Assert.Equal(document.GetProperty("title").GetString(), title);
            var byline = document.TryGetProperty("author", out var author) ? author.GetString() : null;
            Assert.Equal(CitationTags.AuthorsIn(byline), authors);
            var published = document.TryGetProperty("published", out var p) && p.ValueKind == JsonValueKind.String
                ? p.GetString()
                : null;
            Assert.Equal(
                published is null ? null : Archive.Model.ArchiveDocument.DateOf(published)?.ToString("yyyy-MM-dd"),
                date);
            Assert.EndsWith($"/documents/{id}", url);
        }
    }

    [Theory]
    [InlineData("application/x-bibtex", "@article{")]
    [InlineData("application/x-research-info-systems", "TY  - NEWS")]
    [InlineData("application/vnd.citationstyles.csl+json", "[{")]
    public async Task AnAcceptOfTheFormatsTypeGetsIt(string mediaType, string start)
    {
        var id = (await DocumentsAsync())[0].GetProperty("id").GetString();
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/documents/{id}");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(mediaType));

        var answer = await client.SendAsync(request);

        Assert.Equal(mediaType, answer.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith(start, await answer.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AnUnknownFormatIsA400AndTheDocumentPageLinksToEach()
    {
        var id = (await DocumentsAsync())[0].GetProperty("id").GetString();

        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync($"/api/documents/{id}?format=docx")).StatusCode);
        var page = await client.GetStringAsync($"/documents/{id}");
        foreach (var format in new[] { "bibtex", "ris", "csl-json" })
            Assert.Contains($"href=\"/api/documents/{id}?format={format}\"", page);
    }
}
