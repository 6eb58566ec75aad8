using Archive.Tests.Search;

namespace Archive.Tests.Web;

/// <summary>The search page's "Có phải:" links, over texts where one spelling is the usual one.</summary>
public sealed class SpellingOfferPageTests : IClassFixture<SpellingCorpus>, IDisposable
{
    private readonly ArchiveWebFactory factory;
    private readonly HttpClient client;

    public SpellingOfferPageTests(SpellingCorpus corpus)
    {
        factory = new ArchiveWebFactory(corpus.Source.Path);
        client = factory.CreateClient();
    }

    [Fact]
    public async Task OffersTheUsualSpellingKeepingTheOtherParameters()
    {
        var page = await PageTests.ParseAsync(await client.GetAsync("/search?q=tham+nhung&year=2021&sort=date-desc"));

        var offer = page.QuerySelector(".did-you-mean a")!;
        Assert.Equal("tham nhũng", offer.TextContent);
        Assert.Equal("/search?q=tham%20nh%C5%A9ng&year=2021&sort=date-desc", offer.GetAttribute("href"));
        Assert.StartsWith("Có phải:", page.QuerySelector(".did-you-mean")!.TextContent);
    }

    [Fact]
    public async Task OffersTheNearestSpellingWhenNothingIsFound()
    {
        var page = await PageTests.ParseAsync(await client.GetAsync("/search?q=tham+nh%C5%A9nh"));

        var nearest = page.QuerySelectorAll(".no-results .nearest a").Select(a => a.TextContent).ToList();
        Assert.Contains("tham nhũng", nearest);
        Assert.Null(page.QuerySelector(".did-you-mean"));
    }

    [Fact]
    public async Task TheApiCarriesTheOffer()
    {
        var json = await client.GetStringAsync("/api/search?q=tham+nhung");

        Assert.Contains("\"didYouMean\":\"tham nhũng\"", json);
        Assert.Contains("\"suggestions\":[]", json);
    }

    public void Dispose()
    {
        client.Dispose();
        factory.Dispose();
    }
}
