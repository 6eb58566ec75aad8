using System.Globalization;
using Archive.Search;
using Archive.Text;
using Archive.Web.Api;
using Microsoft.AspNetCore.RateLimiting;

namespace Archive.Web.Pages;

/// <summary>The search page: the same parameters as /api/search, shown for people.</summary>
[EnableRateLimiting(RateLimits.Searches)]
public sealed class SearchModel(IndexLease archive) : PageModel
{
    public SearchRequest Search { get; private set; } = new();
    public SearchResult? Result { get; private set; }

    /// <summary>The same search as an Atom feed (/search.atom), for a search that ran.</summary>
    public string? FeedLink => Result is not null && !string.IsNullOrWhiteSpace(Search.Query)
        ? "/search.atom" + Request.QueryString
        : null;
    public string? Error { get; private set; }

    public int PageCount => Result is null
        ? 0
        : Math.Max(
            1,
            (Math.Min(Result.Total, Archive.Index.ArchiveIndex.MaxResultDepth) + Search.Size - 1) / Search.Size);

    public bool HasFilters => Search.From is not null || Search.To is not null || Search.Year is not null
                              || Search.Organisation is not null || Search.DirectiveType is not null;

    /// <summary>The query without diacritics, offered when a search with them finds nothing.</summary>
    public string FoldedQuery => VietnameseText.Fold(Search.Query);

    public IActionResult OnGet()
    {
        try
        {
            Search = SearchParameters.Read(Request.Query);
            if (!string.IsNullOrWhiteSpace(Search.Query) || HasFilters)
                Result = archive.Index.Search(Search);
        }
        catch (SearchQueryException e)
        {
            Error = e.Message;
            Search = new SearchRequest
            {
                Query = Request.Query["q"].ToString() is { Length: <= SearchRequest.MaxQueryLength } q ? q : ""
            };
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
        catch (SearchTimeoutException e)
        {
            Error = e.Message + " Hãy thu hẹp tìm kiếm.";
            Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        }
        return Page();
    }

    /// <summary>Every document this search finds, as a file (SearchExport): one link per format.</summary>
    public IEnumerable<(string Label, string Href)> ExportLinks
    {
        get
        {
            var kept = Request.Query.Where(p => p.Key is not ("page" or "size" or "format" or "max"))
                .SelectMany(p => p.Value.Select(v => new KeyValuePair<string, string?>(p.Key, v)))
                .ToList();
            return Api.SearchExport.Formats.Select(format => (format.Label,
                "/api/search" + QueryString.Create([.. kept, new("format", format.Name)])));
        }
    }

    /// <summary>This search's URL with some parameters changed (null removes one); the page goes back to 1.</summary>
    public string Link(
        string? q = null,
        int? page = null,
        string? sort = null,
        string? year = null,
        string? org = null,
        string? type = null,
        bool? exact = null,
        bool clearYear = false,
        bool clearOrg = false,
        bool clearType = false,
        bool clearDates = false)
    {
        var parameters = new List<KeyValuePair<string, string?>>
        {
            new("q", q ?? Search.Query),
        };
        if (!clearDates && Search.From is { } from)
            parameters.Add(new("from", from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        if (!clearDates && Search.To is { } to)
            parameters.Add(new("to", to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        var yearValue = clearYear
            ? null
            : year ?? Search.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (yearValue is not null) parameters.Add(new("year", yearValue));
        var orgValue = clearOrg ? null : org ?? Search.Organisation;
        if (orgValue is not null) parameters.Add(new("org", orgValue));
        var typeValue = clearType ? null : type ?? Search.DirectiveType;
        if (typeValue is not null) parameters.Add(new("type", typeValue));
        var sortValue = sort ?? SortName(Search.Sort);
        if (sortValue != "relevance") parameters.Add(new("sort", sortValue));
        if (exact ?? Search.Exact) parameters.Add(new("exact", "true"));
        if (page is > 1)
            parameters.Add(new("page", page.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return "/search" + Microsoft.AspNetCore.Http.QueryString.Create(parameters);
    }

    /// <summary>A hit's page with this search's matches marked, scrolled to the first of them.</summary>
    public string DocumentLink(string id)
    {
        if (string.IsNullOrWhiteSpace(Search.Query)) return $"/documents/{id}";
        var parameters = new List<KeyValuePair<string, string?>> { new("q", Search.Query) };
        if (Search.Exact) parameters.Add(new("exact", "true"));
        return $"/documents/{Uri.EscapeDataString(id)}"
            + Microsoft.AspNetCore.Http.QueryString.Create(parameters)
            + "#m1";
    }

    /// <summary>This search narrowed to one year, as the year chart and its table link to it.</summary>
    public string YearLink(int year) => Link(year: year.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>This search without any of its filters.</summary>
    public string UnfilteredLink => Link(clearYear: true, clearOrg: true, clearType: true, clearDates: true);

    /// <summary>The date filter as the page shows it ("01/01/2018 – …"), or null when there is none.</summary>
    public string? DateFilter => Search.From is null && Search.To is null
        ? null
        : $"{Day(Search.From)} – {Day(Search.To)}";

    private static string Day(DateOnly? day) => day?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) ?? "…";

    public static string SortName(SearchSort sort) => sort switch
    {
        SearchSort.DateDesc => "date-desc",
        SearchSort.DateAsc => "date-asc",
        _ => "relevance",
    };
}
