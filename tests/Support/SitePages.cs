namespace Archive.Tests.Support;

/// <summary>
/// One page of every type the site has, by name, for the checks that apply to all of them: the page
/// tests request each over HTTP, the browser tests open each in Chromium. A detail page is reached as
/// a reader reaches it: the first link to one on its list page.
/// </summary>
public static class SitePages
{
    /// <param name="FirstLinkTo">For a detail page, how the links to its kind begin (followed from
    /// <paramref name="Path"/>).</param>
    public sealed record SitePage(string Path, string? FirstLinkTo = null, int Status = 200)
    {
        /// <summary>The first link to the detail page, in the page's main content.</summary>
        public string FirstLink => $"main a[href^='{FirstLinkTo}']";
    }

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
        ["provinces"] = new("/provinces"),
        ["province"] = new("/provinces", FirstLinkTo: "/provinces/"),
        ["people"] = new("/people"),
        ["person"] = new("/people", FirstLinkTo: "/people/"),
        ["search results"] = new("/search?q=tham+nhung"),
        // Several periods chosen, a type left out: the chips, checked values, months and a month chart.
        ["search filtered"] = new("/search?q=an+ninh&month=2021-03&year=2020&not-type=Quy+%C4%91%E1%BB%8Bnh"),
        ["search without results"] = new("/search?q=khongcotrongluutru"),
        ["search help"] = new("/help/search"),
        ["about"] = new("/about"),
        ["dataset"] = new("/dataset"),
        ["not found"] = new("/documents/khong-co-tai-lieu-nay", Status: 404),
    };

    public static TheoryData<string> Names => new(Pages.Keys);

    public static SitePage Named(string name) => Pages[name];

    /// <summary>Whether a console error is only Chromium noting the error status the page itself should have.</summary>
    public static bool IsExpectedStatus(string name, string problem) =>
        Pages[name] is { Status: not 200 } page
        && problem.StartsWith($"Failed to load resource: the server responded with a status of {page.Status}",
            StringComparison.Ordinal)
        && problem.Contains(page.Path);
}
