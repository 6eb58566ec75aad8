namespace Archive.BrowserTests;

/// <summary>What a developer would see with the browser console open: nothing.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ConsoleTests(BrowserFixture browser)
{
    [Theory]
    [MemberData(nameof(SitePages.Names), MemberType = typeof(SitePages))]
    public async Task PageLogsNoErrorAndBreaksNoContentSecurityPolicy(string name)
    {
        await using var tab = await browser.OpenAsync();

        await tab.GoToSitePageAsync(name);
        await tab.Page.WaitForLoadStateAsync(Microsoft.Playwright.LoadState.NetworkIdle);

        tab.AssertNoProblems(problem => SitePages.IsExpectedStatus(name, problem));
    }

    [Fact]
    public async Task InjectedInlineStyleIsRefusedAndReported()
    {
        await using var tab = await browser.OpenAsync();
        await tab.GoToAsync("/");

        await tab.Page.EvaluateAsync(
            "() => document.head.append(Object.assign(document.createElement('style'), " +
                "{ textContent: 'body { color: red }' }))");
        await tab.Page.WaitForTimeoutAsync(200);

        Assert.Contains(tab.Problems, problem => problem.Contains("CSP violation: style-src"));
        Assert.NotEqual(
            "rgb(255, 0, 0)",
            await tab.Page.EvaluateAsync<string>("getComputedStyle(document.body).color"));
    }
}
