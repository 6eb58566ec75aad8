using System.Net;
using System.Text;
using System.Xml.Linq;
using Archive.Web.Feeds;

namespace Archive.Tests.Web;

/// <summary>OAI-PMH 2.0 at /oai, harvested as an aggregator would: every verb, every error, whole lists.</summary>
public sealed class OaiPmhTests(OaiPmhTests.Harvestable site, ControlCharacterSite controls)
    : IClassFixture<OaiPmhTests.Harvestable>, IClassFixture<ControlCharacterSite>
{
    private const int Count = 230;
    private static readonly XNamespace Oai = "http://www.openarchives.org/OAI/2.0/";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    private static readonly DateTime Old = new(2020, 1, 1, 8, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime Recent = new(2025, 6, 1, 8, 0, 0, DateTimeKind.Utc);

    /// <summary>
    /// 230 documents, the first 100 held in 2023, the rest in 2024; the even ones' files changed recently.
    /// </summary>
    public sealed class Harvestable() : WrittenSourcesSite(folder =>
    {
        for (var i = 0; i < Count; i++)
        {
            var path = Path.Combine(folder, $"{i:000}.txt");
            var year = i < 100 ? 2023 : 2024;
            File.WriteAllText(path,
                $"Hội nghị giao ban công tác nội chính số {i}\n\n17/07/{year}\n\n" +
                $"Chiều ngày 16/7, Ban Thường vụ Tỉnh ủy tổ chức hội nghị giao ban công tác nội chính lần {i}.\n\n" +
                "Hội nghị quán triệt Kết luận số 32-KL/TW của Bộ Chính trị.\n\nNguyễn Văn An\n",
                new UTF8Encoding(false));
            File.SetLastWriteTimeUtc(path, i % 2 == 0 ? Recent : Old);
        }
    });

    // The same arguments by GET in the URL, or by POST as a form (OAI-PMH 2.0 §3.1.1).
    private async Task<XElement> Ask(string query, bool post = false)
    {
        var answer = post
            ? await site.Client.PostAsync("/oai", Form(query))
            : await site.Client.GetAsync("/oai?" + query);
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Equal("text/xml", answer.Content.Headers.ContentType?.MediaType);
        var root = XDocument.Parse(await answer.Content.ReadAsStringAsync()).Root!;
        Assert.Equal(Oai + "OAI-PMH", root.Name);
        Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$", root.Element(Oai + "responseDate")!.Value);
        return root;
    }

    private async Task<string> Error(string query) =>
        (await Ask(query)).Element(Oai + "error")?.Attribute("code")?.Value ?? "none";

    /// <summary>Every item of a list, following its resumption tokens, and the number of pages.</summary>
    private static StringContent Form(string arguments) =>
        new(arguments, Encoding.UTF8, "application/x-www-form-urlencoded");

    private async Task<(List<XElement> Items, int Pages)> Harvest(
        string verb, string arguments, string item, bool post = false)
    {
        var items = new List<XElement>();
        var pages = 0;
        var query = $"verb={verb}&{arguments}";
        while (true)
        {
            var list = (await Ask(query, post)).Element(Oai + verb)!;
            pages++;
            items.AddRange(list.Elements(Oai + item));
            var token = list.Element(Oai + "resumptionToken");
            if (token is null || token.Value.Length == 0) return (items, pages);
            Assert.Equal(items.Count.ToString(), token.Attribute("cursor")?.Value is { } cursor
                ? (int.Parse(cursor) + list.Elements(Oai + item).Count()).ToString() : null);
            query = $"verb={verb}&resumptionToken={Uri.EscapeDataString(token.Value)}";
        }
    }

    [Fact]
    public async Task IdentifySaysWhatTheRepositoryIs()
    {
        var root = await Ask("verb=Identify");
        var identify = root.Element(Oai + "Identify")!;

        Assert.Equal("Identify", root.Element(Oai + "request")!.Attribute("verb")!.Value);
        Assert.EndsWith("/oai", identify.Element(Oai + "baseURL")!.Value);
        Assert.Equal("2.0", identify.Element(Oai + "protocolVersion")!.Value);
        Assert.Equal("YYYY-MM-DD", identify.Element(Oai + "granularity")!.Value);
        Assert.Equal("2020-01-01", identify.Element(Oai + "earliestDatestamp")!.Value);
        Assert.Contains("@", identify.Element(Oai + "adminEmail")!.Value);
    }

    [Fact]
    public async Task TheOneFormatIsDublinCore()
    {
        var formats = (await Ask("verb=ListMetadataFormats")).Descendants(Oai + "metadataPrefix").Select(p => p.Value);

        Assert.Equal([OaiPmh.MetadataPrefix], formats);
    }

    [Fact]
    public async Task ListIdentifiersHarvestsEveryDocumentOnceAPageAtATime()
    {
        var (headers, pages) = await Harvest("ListIdentifiers", "metadataPrefix=oai_dc", "header");

        var first = (await Ask("verb=ListIdentifiers&metadataPrefix=oai_dc"))
            .Descendants(Oai + "resumptionToken")
            .Single();
        Assert.Equal(Count.ToString(), first.Attribute("completeListSize")!.Value);
        var identifiers = headers.Select(h => h.Element(Oai + "identifier")!.Value).ToList();
        Assert.Equal(Count, identifiers.Distinct().Count());
        Assert.Equal((Count + OaiPmh.PageSize - 1) / OaiPmh.PageSize, pages);
        Assert.All(identifiers, id => Assert.StartsWith("oai:", id));
    }

    [Fact]
    public async Task ARecordIsDublinCoreWithTheAuthorFamilyNameFirstAndThePermalink()
    {
        var id = (await Ask("verb=ListIdentifiers&metadataPrefix=oai_dc"))
            .Descendants(Oai + "identifier")
            .First()
            .Value;

        var record = (await Ask($"verb=GetRecord&metadataPrefix=oai_dc&identifier={Uri.EscapeDataString(id)}"))
            .Descendants(Oai + "record")
            .Single();

        Assert.Equal(id, record.Element(Oai + "header")!.Element(Oai + "identifier")!.Value);
        var dc = record.Descendants().Where(e => e.Name.Namespace == Dc).ToLookup(e => e.Name.LocalName, e => e.Value);
        Assert.StartsWith("Hội nghị giao ban công tác nội chính số", dc["title"].Single());
        Assert.Equal(["Nguyễn, Văn An"], dc["creator"]);
        Assert.Contains("/documents/", dc["identifier"].Single());
        Assert.Contains("32-KL/TW", dc["subject"]);
        Assert.Equal("vi", dc["language"].Single());
    }

    [Fact]
    public async Task ListRecordsCarriesTheMetadataOfEveryRecord()
    {
        var (records, _) = await Harvest("ListRecords", "metadataPrefix=oai_dc", "record");

        Assert.Equal(Count, records.Count);
        Assert.All(records, r => Assert.NotEmpty(r.Descendants(Dc + "title").Single().Value));
    }

    [Fact]
    public async Task FromAndUntilSelectByTheDayTheSourceChanged()
    {
        var (recent, _) = await Harvest("ListIdentifiers", "metadataPrefix=oai_dc&from=2025-01-01", "header");
        var (old, _) = await Harvest("ListIdentifiers", "metadataPrefix=oai_dc&until=2020-01-01", "header");

        Assert.Equal(Count / 2, recent.Count);
        Assert.All(recent, h => Assert.Equal("2025-06-01", h.Element(Oai + "datestamp")!.Value));
        Assert.Equal(Count / 2, old.Count);
        Assert.Empty(
            recent.Select(h => h.Element(Oai + "identifier")!.Value)
                .Intersect(old.Select(h => h.Element(Oai + "identifier")!.Value)));
    }

    [Fact]
    public async Task SetsAreYearsAndOrganisations()
    {
        var specs = (await Harvest("ListSets", "", "set"))
            .Items.Select(s => s.Element(Oai + "setSpec")!.Value)
            .ToList();
        var (in2023, _) = await Harvest("ListIdentifiers", "metadataPrefix=oai_dc&set=year:2023", "header");
        var (years, _) = await Harvest("ListIdentifiers", "metadataPrefix=oai_dc&set=year", "header");

        Assert.Contains("year:2023", specs);
        Assert.Contains("year:2024", specs);
        Assert.Contains(specs, s => s.StartsWith("organisation:", StringComparison.Ordinal));
        Assert.Equal(100, in2023.Count);
        Assert.All(in2023, h => Assert.Contains("year:2023", h.Elements(Oai + "setSpec").Select(s => s.Value)));
        Assert.Equal(Count, years.Count);
    }

    [Theory]
    [InlineData("", "badVerb")]
    [InlineData("verb=Harvest", "badVerb")]
    [InlineData("verb=Harvest%EF%BF%BE%01", "badVerb")]
    [InlineData("verb=GetRecord&metadataPrefix=oai_dc&identifier=%EF%BF%BE%ED%A0%80", "idDoesNotExist")]
    [InlineData("verb=Identify&verb=Identify", "badVerb")]
    [InlineData("verb=Identify&color=red", "badArgument")]
    [InlineData("verb=ListRecords", "badArgument")]
    [InlineData("verb=GetRecord&metadataPrefix=oai_dc", "badArgument")]
    [InlineData("verb=ListRecords&metadataPrefix=oai_dc&metadataPrefix=oai_dc", "badArgument")]
    [InlineData("verb=ListRecords&metadataPrefix=oai_dc&from=2024-13-01", "badArgument")]
    [InlineData("verb=ListRecords&metadataPrefix=oai_dc&from=2024-01-01T00:00:00Z", "badArgument")]
    [InlineData("verb=ListRecords&metadataPrefix=oai_dc&from=2025-01-01&until=2024-01-01", "badArgument")]
    [InlineData("verb=ListRecords&resumptionToken=abc&metadataPrefix=oai_dc", "badArgument")]
    [InlineData("verb=ListRecords&metadataPrefix=marc21", "cannotDisseminateFormat")]
    [InlineData("verb=GetRecord&metadataPrefix=marc21&identifier=oai:localhost:x", "cannotDisseminateFormat")]
    [InlineData("verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:localhost:no-such-document", "idDoesNotExist")]
    [InlineData("verb=GetRecord&metadataPrefix=oai_dc&identifier=no-such-document", "idDoesNotExist")]
    [InlineData("verb=ListMetadataFormats&identifier=oai:localhost:no-such-document", "idDoesNotExist")]
    [InlineData("verb=ListRecords&resumptionToken=not-a-token", "badResumptionToken")]
    [InlineData("verb=ListSets&resumptionToken=bm90IGEgdG9rZW4", "badResumptionToken")]
    [InlineData("verb=ListRecords&metadataPrefix=oai_dc&set=year:1900", "noRecordsMatch")]
    [InlineData("verb=ListIdentifiers&metadataPrefix=oai_dc&from=2099-01-01", "noRecordsMatch")]
    public async Task EachErrorHasItsCodeOfTheProtocol(string query, string code)
    {
        Assert.Equal(code, await Error(query));
    }

    [Fact]
    public async Task ABadVerbEchoesTheRequestWithoutItsArguments()
    {
        var root = await Ask("verb=Harvest&set=x");

        Assert.Empty(root.Element(Oai + "request")!.Attributes());
        Assert.Null(root.Element(Oai + "Harvest"));
    }

    [Fact]
    public async Task ATokenOfAnotherListIsRefused()
    {
        var token = (await Ask("verb=ListIdentifiers&metadataPrefix=oai_dc"))
            .Descendants(Oai + "resumptionToken")
            .Single()
            .Value;

        Assert.Equal("badResumptionToken", await Error($"verb=ListSets&resumptionToken={Uri.EscapeDataString(token)}"));
        Assert.Equal("none", await Error($"verb=ListIdentifiers&resumptionToken={Uri.EscapeDataString(token)}"));
    }

    [Fact]
    public async Task APostIsAnsweredAsTheGetWithTheSameArguments()
    {
        var got = await Ask("verb=Identify");
        var posted = await Ask("verb=Identify", post: true);

        got.Element(Oai + "responseDate")!.Remove();
        posted.Element(Oai + "responseDate")!.Remove();
        Assert.Equal(got.ToString(), posted.ToString());
        Assert.Equal("badArgument", (await Ask("verb=Identify&color=red", post: true))
            .Element(Oai + "error")!.Attribute("code")!.Value);
    }

    [Fact]
    public async Task APostedListRecordsHarvestsEveryRecordThroughItsResumptionTokens()
    {
        var (got, _) = await Harvest("ListRecords", "metadataPrefix=oai_dc", "record");
        var (posted, pages) = await Harvest("ListRecords", "metadataPrefix=oai_dc", "record", post: true);

        Assert.Equal(3, pages);
        Assert.Equal(Count, posted.Count);
        Assert.Equal(got.Select(r => r.ToString()), posted.Select(r => r.ToString()));
    }

    [Fact]
    public async Task APostsArgumentsAreInItsBodyOnlyNotInTheUrl()
    {
        var answer = await site.Client.PostAsync("/oai?verb=Identify", Form("verb=Identify"));

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        var root = XDocument.Parse(await answer.Content.ReadAsStringAsync()).Root!;
        Assert.Equal("badArgument", root.Element(Oai + "error")!.Attribute("code")!.Value);
        Assert.Empty(root.Element(Oai + "request")!.Attributes());
        Assert.Null(root.Element(Oai + "Identify"));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task APostedFormOverTheBoundIsRefusedAsTooLarge(bool withoutLength)
    {
        var body = Encoding.UTF8.GetBytes("verb=Identify&padding=" + new string('a', OaiPmh.MaxPostedBytes));
        HttpContent content = new ByteArrayContent(body);
        if (withoutLength)
        {
            // A stream that cannot say its length: the body is sent chunked, and only reading it finds its size.
            var pipe = new System.IO.Pipelines.Pipe();
            await pipe.Writer.WriteAsync(body);
            await pipe.Writer.CompleteAsync();
            content = new StreamContent(pipe.Reader.AsStream());
        }
        content.Headers.ContentType = new("application/x-www-form-urlencoded");

        var answer = await site.Client.PostAsync("/oai", content);

        Assert.Equal(withoutLength ? null : body.Length, content.Headers.ContentLength);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, answer.StatusCode);
    }

    [Fact]
    public async Task APostThatIsNotAFormIsAnUnsupportedMediaType()
    {
        var answer = await site.Client.PostAsync(
            "/oai", new StringContent("verb=Identify", Encoding.UTF8, "text/plain"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, answer.StatusCode);
    }

    [Fact]
    public async Task OnlyOaiAnswersAPost()
    {
        var answer = await site.Client.PostAsync("/feed.atom", Form("verb=Identify"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, answer.StatusCode);
    }

    [Fact]
    public async Task ARecordsControlCharactersAreReplacedNotAnIllFormedAnswer()
    {
        var answer = await controls.Client.GetAsync("/oai?verb=ListRecords&metadataPrefix=oai_dc");

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        var title = XDocument.Parse(await answer.Content.ReadAsStringAsync()).Descendants(Dc + "title").Single();
        Assert.Equal("Hội nghị\uFFFD về công tác\uFFFD nội chính", title.Value);
    }
}
