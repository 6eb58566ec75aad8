using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Archive.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(BrowserFixture browser, ITestOutputHelper output)
{
    [Theory]
    [MemberData(nameof(SitePages.Names), MemberType = typeof(SitePages))]
    public async Task AxeFindsNoSeriousProblem(string name)
    {
        await using var tab = await browser.OpenAsync();
        await tab.GoToSitePageAsync(name);

        var result = await tab.Page.RunAxe();

        foreach (var minor in result.Violations.Where(v => v.Impact is not ("serious" or "critical")))
            output.WriteLine($"{minor.Impact} {minor.Id}: {minor.Help} ({minor.Nodes.Length} elements)");
        var serious = result.Violations
            .Where(violation => violation.Impact is "serious" or "critical")
            .Select(violation => $"{violation.Impact} {violation.Id}: {violation.Help} at " +
                string.Join(", ", violation.Nodes.Select(node => node.Html)))
            .ToList();
        Assert.True(serious.Count == 0, $"{tab.Page.Url}:\n{string.Join("\n", serious)}");
    }

    [Fact]
    public async Task FirstTabShowsTheSkipLink()
    {
        await using var tab = await browser.OpenAsync();
        await tab.GoToAsync("/");

        await tab.Page.Keyboard.PressAsync("Tab");

        var skip = tab.Page.GetByRole(AriaRole.Link, new() { Name = "Bỏ qua, đến nội dung chính" });
        await Expect(skip).ToBeFocusedAsync();
        await Expect(skip).ToBeInViewportAsync();
        await Expect(skip).ToHaveAttributeAsync("href", "#main");
    }

    [Fact]
    public async Task SkipLinkMovesFocusPastTheNavigation()
    {
        await using var tab = await browser.OpenAsync();
        await tab.GoToAsync("/");

        await tab.Page.Keyboard.PressAsync("Tab");
        await tab.Page.Keyboard.PressAsync("Enter");
        await tab.Page.Keyboard.PressAsync("Tab");

        var focused = await tab.Page.EvaluateAsync<bool>(
            "document.querySelector('main').contains(document.activeElement)");
        Assert.True(focused, "the tab after the skip link did not land inside the main content");
    }
}
