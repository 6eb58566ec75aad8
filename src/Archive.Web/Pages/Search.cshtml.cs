using System.Globalization;
using Archive.Search;
using Archive.Web.Localization;
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

    public bool HasFilters => Search.From is not null || Search.To is not null || Search.Period.IsActive
                              || Search.Organisation.IsActive || Search.DirectiveType.IsActive
                              || Search.Province.IsActive;

    /// <summary>
    /// The facet filters of this search as parameters, which the search form sends again with new words (its
    /// own fields hold the rest).
    /// </summary>
    public IEnumerable<(string Name, string Value)> FilterParameters =>
        SearchParameters.Parameters(Search)
            .Where(p => p.Name is not ("q" or "sort" or "exact" or "page" or "from" or "to"));

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

    /// <summary>This search's URL as <paramref name="change"/> changes it, from its first page.</summary>
    public string Link(Func<SearchRequest, SearchRequest> change) =>
        "/search" + SearchParameters.Write(change(Search with { Page = 1 }));

    /// <summary>This search with other words.</summary>
    public string Link(string query) => Link(s => s with { Query = query });

    /// <summary>A hit's page with this search's matches marked, scrolled to the first of them.</summary>
    public string DocumentLink(string id)
    {
        if (string.IsNullOrWhiteSpace(Search.Query)) return $"/documents/{id}";
        var parameters = new List<KeyValuePair<string, string?>> { new("q", Search.Query) };
        if (Search.Exact) parameters.Add(new("exact", "true"));
        return $"/documents/{Uri.EscapeDataString(id)}" + QueryString.Create(parameters) + "#m1";
    }

    /// <summary>This search narrowed to one period, as the chart and its table link to it.</summary>
    public string PeriodLink(PeriodCount period) => Link(s => s with { Period = s.Period.Only(period.Period) });

    /// <summary>
    /// Each facet value this search keeps or leaves out, with the link to the search without that choice:
    /// what the page lists under "Đang lọc".
    /// </summary>
    public IEnumerable<(string Label, bool Excluded, string Href)> ChosenValues =>
        Chosen(Search.Period, ChosenPeriodLabel, (s, f) => s with { Period = f(s.Period) })
            .Concat(Chosen(Search.Organisation, v => v, (s, f) => s with { Organisation = f(s.Organisation) }))
            .Concat(Chosen(Search.DirectiveType, v => v, (s, f) => s with { DirectiveType = f(s.DirectiveType) }))
            .Concat(Chosen(Search.Province, v => v, (s, f) => s with { Province = f(s.Province) }));

    private IEnumerable<(string Label, bool Excluded, string Href)> Chosen(
        FacetFilter filter,
        Func<string, string> label,
        Func<SearchRequest, Func<FacetFilter, FacetFilter>, SearchRequest> change) =>
        filter.Any.Select(v => (label(v), false, Link(s => change(s, f => f.Toggle(v)))))
            .Concat(filter.None.Select(v => (label(v), true, Link(s => change(s, f => f.ToggleExclusion(v))))));

    /// <summary>This search without any of its filters.</summary>
    public string UnfilteredLink => Link(s => s with
    {
        From = null,
        To = null,
        Period = FacetFilter.Everything,
        Organisation = FacetFilter.Everything,
        DirectiveType = FacetFilter.Everything,
        Province = FacetFilter.Everything,
    });

    /// <summary>The date filter as the page shows it ("01/01/2018 – …"), or null when there is none.</summary>
    public string? DateFilter => Search.From is null && Search.To is null
        ? null
        : $"{Day(Search.From)} – {Day(Search.To)}";

    /// <summary>A period facet value as the page shows it: "2021", or "Tháng 3/2021".</summary>
    public static string PeriodLabel(string value) => DisplayDates.Period(value);

    // Out of the facet list, "2021" alone would not say it is a year.
    private static string ChosenPeriodLabel(string value) => DisplayDates.Period(value, sayYear: true);

    private static string Day(DateOnly? day) => day?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) ?? "…";
}
