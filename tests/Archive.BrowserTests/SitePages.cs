namespace Archive.BrowserTests;

/// <summary>
/// One page of every type the site has, by name, for the checks that apply to all of them. A detail
/// page is reached as a reader reaches it: the first link to one on its list page.
/// </summary>
public static class SitePages
{
    private sealed record SitePage(string Path, string? FirstLinkTo = null, int Status = 200);

    private static readonly Dictionary<string, SitePage> Pages = new()
    {
        ["home"] = new("/"),
        ["dates"] = new("/dates"),
        ["year"] = new("/dates/2018"),
        ["month"] = new("/dates/2018/07"),
        ["undated"] = new("/dates/undated"),
        ["today"] = new("/dates/today"),
        ["on a day"] = new("/dates/today", FirstLinkTo: "/dates/on/"),
        ["document"] = new("/dates/2018/07", FirstLinkTo: "/documents/"),
        ["directives"] = new("/directives"),
        ["directive"] = new("/directives/32-kl-tw"),
        ["organisations"] = new("/organisations"),
        ["organisation"] = new("/organisations", FirstLinkTo: "/organisations/"),
        ["people"] = new("/people"),
        ["person"] = new("/people", FirstLinkTo: "/people/"),
        ["search results"] = new("/search?q=tham+nhung"),
        ["search without results"] = new("/search?q=khongcotrongluutru"),
        ["search help"] = new("/help/search"),
        ["about"] = new("/about"),
        ["not found"] = new("/documents/khong-co-tai-lieu-nay", Status: 404),
    };

    public static TheoryData<string> Names => new(Pages.Keys);

    /// <summary>Opens the named page in the tab and checks it answered with the status it should.</summary>
    public static async Task OpenAsync(BrowserTab tab, string name)
    {
        var page = Pages[name];
        var path = page.Path;
        var status = await tab.GoToAsync(path);
        if (page.FirstLinkTo is { } prefix)
        {
            path = await tab.Page.Locator($"main a[href^='{prefix}']").First.GetAttributeAsync("href")
                ?? throw new InvalidOperationException($"No link to {prefix}… on {path}");
            status = await tab.GoToAsync(path);
        }
        Assert.True(status == page.Status, $"{path} answered {status}, not {page.Status}");
    }

    /// <summary>Whether a console error is only Chromium noting the error status the page itself should have.</summary>
    public static bool IsExpectedStatus(string name, string problem) =>
        Pages[name] is { Status: not 200 } page
        && problem.StartsWith($"Failed to load resource: the server responded with a status of {page.Status}")
        && problem.Contains(page.Path);
}
