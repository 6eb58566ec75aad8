using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Archive.BrowserTests;

/// <summary>The site on a 375 px phone screen (an iPhone's width).</summary>
[Collection(BrowserCollection.Name)]
public sealed class MobileLayoutTests(BrowserFixture browser)
{
    private const int PhoneWidth = 375;
    private const int PhoneHeight = 812;

    [Theory]
    [MemberData(nameof(SitePages.Names), MemberType = typeof(SitePages))]
    public async Task PageFitsAPhoneWithoutScrollingSideways(string name)
    {
        await using var tab = await browser.OpenAsync(PhoneWidth, PhoneHeight);
        await tab.GoToSitePageAsync(name);

        var width = await tab.Page.EvaluateAsync<int>("document.documentElement.scrollWidth");

        Assert.True(width <= PhoneWidth, $"{tab.Page.Url} is {width} px wide at {PhoneWidth} px");
    }

    [Fact]
    public async Task HeaderLinksStayOnOneLineOnAPhone()
    {
        await using var tab = await browser.OpenAsync(PhoneWidth, PhoneHeight);
        await tab.GoToAsync("/");

        var header = tab.Page.GetByRole(AriaRole.Banner);
        var broken = await header.GetByRole(AriaRole.Link).EvaluateAllAsync<string[]>("""
            links => links
                .filter(a => a.getBoundingClientRect().height > 1.5 * parseFloat(getComputedStyle(a).lineHeight))
                .map(a => a.textContent)
            """);

        Assert.True(broken.Length == 0, $"wrapped over several lines: {string.Join(", ", broken)}");
    }

    [Fact]
    public async Task DocumentShowsItsMetadataBeforeItsTextOnAPhone()
    {
        await using var tab = await browser.OpenAsync(PhoneWidth, PhoneHeight);
        await tab.GoToSitePageAsync("document");

        var metadata = await tab.Page.GetByRole(AriaRole.Complementary, new() { Name = "Thông tin tài liệu" })
            .BoundingBoxAsync();
        var text = await tab.Page.GetByRole(AriaRole.Article).BoundingBoxAsync();

        Assert.NotNull(metadata);
        Assert.NotNull(text);
        Assert.True(
            metadata.Y + metadata.Height <= text.Y,
            $"metadata ends at {metadata.Y + metadata.Height}, text starts at {text.Y}");
        Assert.True(text.Width <= PhoneWidth, $"the text is {text.Width} px wide");
    }

    [Fact]
    public async Task SearchWorksOnAPhone()
    {
        await using var tab = await browser.OpenAsync(PhoneWidth, PhoneHeight);
        var page = tab.Page;
        await tab.GoToAsync("/search");

        var box = page.GetByRole(AriaRole.Searchbox, new() { Name = "Từ khóa, cụm từ hoặc số hiệu văn bản" });
        await Expect(box).ToBeInViewportAsync();
        await box.FillAsync("an ninh");
        await box.PressAsync("Enter");

        var firstHit = page.GetByRole(AriaRole.Region, new() { Name = "kết quả" })
            .GetByRole(AriaRole.Heading, new() { Level = 3 })
            .First;
        await Expect(firstHit).ToBeVisibleAsync();
        var hit = await firstHit.BoundingBoxAsync();
        Assert.True(
            hit is { X: >= 0 } && hit.X + hit.Width <= PhoneWidth,
            $"the first result is at {hit?.X}, {hit?.Width} px wide");
        Assert.True(await page.EvaluateAsync<int>("document.documentElement.scrollWidth") <= PhoneWidth);
    }
}
