using System.Globalization;
using System.Text;
using Archive.Search;

namespace Archive.Web.Api;

/// <summary>/api/search: the query language, filters, facets and snippets as JSON.</summary>
public static class SearchApi
{
    public static RouteGroupBuilder MapSearchApi(this RouteGroupBuilder api)
    {
        // JSON, or every document found as a file (SearchExport): `format=` or the Accept of its type.
        api.MapGetAndHead("/search", (IndexLease archive, PublicSite site, TimeProvider clock, HttpRequest http) =>
        {
            http.HttpContext.Response.Headers.Vary = "Accept";
            return SearchExport.Asked(http) is { } format and not "json"
                ? SearchExport.Answer(archive, site, clock, http, format)
                : Run(archive, http, request => request, Results.Ok);
        }).CacheOutput(policy => policy.SetVaryByHeader("Accept"));
        return api;
    }

    /// <summary>
    /// Runs the search a request's parameters ask for (as <paramref name="adjust"/> changes it) and answers
    /// with <paramref name="answer"/>; a bad search is a 400 and one past the time limit a 503, as problems.
    /// </summary>
    public static IResult Run(
        IndexLease archive,
        HttpRequest http,
        Func<SearchRequest, SearchRequest> adjust,
        Func<SearchResult, IResult> answer)
    {
        try
        {
            return answer(archive.Index.Search(adjust(SearchParameters.Read(http.Query))));
        }
        catch (SearchQueryException e)
        {
            return BadQuery(e.Message);
        }
        catch (SearchTimeoutException e)
        {
            return Results.Problem(e.Message, statusCode: 503, title: "Search timed out",
                extensions: new Dictionary<string, object?> { ["error"] = e.Message });
        }
    }

    public static IResult BadQuery(string message) =>
        Results.Problem(message, statusCode: 400, title: "Bad search",
            extensions: new Dictionary<string, object?> { ["error"] = message });
}

/// <summary>
/// Reads a <see cref="SearchRequest"/> from query-string parameters, with a clear error for each bad one.
/// </summary>
public static class SearchParameters
{
    public static SearchRequest Read(IQueryCollection query)
    {
        var q = Single(query, "q") ?? "";
        if (q.Length > SearchRequest.MaxQueryLength)
            throw new SearchQueryException(
                $"Câu tìm kiếm dài {q.Length} ký tự; tối đa {SearchRequest.MaxQueryLength}.");
        return new SearchRequest
        {
            Query = q,
            Page = Number(query, "page", 1, 1, 10_000),
            Size = Number(query, "size", 20, 1, SearchRequest.MaxPageSize),
            Sort = (Single(query, "sort") ?? "relevance") switch
            {
                "relevance" or "" => SearchSort.Relevance,
                "date-desc" => SearchSort.DateDesc,
                "date-asc" => SearchSort.DateAsc,
                var other => throw new SearchQueryException(
                    $"sort phải là relevance, date-desc hoặc date-asc (đã nhận \"{other}\")."),
            },
            From = Date(query, "from"),
            To = Date(query, "to"),
            Period = Period(query),
            Organisation = Filter(query, "org"),
            DirectiveType = Filter(query, "type"),
            Province = Filter(query, "province"),
            Exact = (Single(query, "exact") ?? "false") switch
            {
                "true" or "1" or "on" => true,
                "false" or "0" or "" => false,
                var other => throw new SearchQueryException(
                    $"exact phải là true hoặc false (đã nhận \"{other}\")."),
            },
        } is var request && request.From > request.To
            ? throw new SearchQueryException("from phải trước hoặc bằng to.")
            : request;
    }

    /// <summary>
    /// The query string of a search: <see cref="Read"/> gives it back, and only what differs from a plain
    /// search is written, so that links stay short.
    /// </summary>
    public static QueryString Write(SearchRequest search)
    {
        // A search page links to every facet value twice (choose, leave out): hundreds of these a page.
        var text = new StringBuilder();
        foreach (var (name, value) in Parameters(search))
            text.Append(text.Length == 0 ? '?' : '&').Append(name).Append('=').Append(Uri.EscapeDataString(value));
        return new QueryString(text.ToString());
    }

    /// <summary>The parameters <see cref="Write"/> writes, in its order, not yet escaped.</summary>
    public static IEnumerable<(string Name, string Value)> Parameters(SearchRequest search)
    {
        yield return ("q", search.Query);
        if (search.From is { } from) yield return ("from", Day(from));
        if (search.To is { } to) yield return ("to", Day(to));
        foreach (var value in search.Period.Any.Where(v => v.Length == 4)) yield return ("year", value);
        foreach (var value in search.Period.Any.Where(v => v.Length != 4)) yield return ("month", value);
        foreach (var value in search.Period.None.Where(v => v.Length == 4)) yield return ("not-year", value);
        foreach (var value in search.Period.None.Where(v => v.Length != 4)) yield return ("not-month", value);
        foreach (var value in search.Organisation.Any) yield return ("org", value);
        foreach (var value in search.Organisation.None) yield return ("not-org", value);
        foreach (var value in search.DirectiveType.Any) yield return ("type", value);
        foreach (var value in search.DirectiveType.None) yield return ("not-type", value);
        foreach (var value in search.Province.Any) yield return ("province", value);
        foreach (var value in search.Province.None) yield return ("not-province", value);
        if (search.Sort != SearchSort.Relevance) yield return ("sort", SortName(search.Sort));
        if (search.Exact) yield return ("exact", "true");
        if (search.Page > 1) yield return ("page", search.Page.ToString(CultureInfo.InvariantCulture));
        if (search.Size != DefaultSize) yield return ("size", search.Size.ToString(CultureInfo.InvariantCulture));
    }

    private static readonly int DefaultSize = new SearchRequest().Size;

    public static string SortName(SearchSort sort) => sort switch
    {
        SearchSort.DateDesc => "date-desc",
        SearchSort.DateAsc => "date-asc",
        _ => "relevance",
    };

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static readonly string[] PeriodParameters = ["year", "month", "not-year", "not-month"];

    // Years and months are one facet: "year=2021&month=2022-03" keeps both periods.
    private static FacetFilter Period(IQueryCollection query)
    {
        var any = Values(query, "year").Concat(Values(query, "month")).ToList();
        var none = Values(query, "not-year").Concat(Values(query, "not-month")).ToList();
        foreach (var (name, value) in PeriodParameters.SelectMany(name => Values(query, name).Select(v => (name, v))))
        {
            var kind = name.EndsWith("year", StringComparison.Ordinal) ? 4 : 7;
            if (value.Length != kind || !Periods.TryRead(value, out _, out _))
                throw new SearchQueryException(kind == 4
                    ? $"{name} phải là năm từ 1900 đến 2100, dạng 2021 (đã nhận \"{value}\")."
                    : $"{name} phải là tháng dạng yyyy-MM, ví dụ 2021-03 (đã nhận \"{value}\").");
        }
        return Checked("year và month", new FacetFilter(any, none));
    }

    private static FacetFilter Filter(IQueryCollection query, string name) =>
        Checked(name, new FacetFilter(Values(query, name), Values(query, "not-" + name)));

    private static FacetFilter Checked(string name, FacetFilter filter)
    {
        if (filter.Any.Count + filter.None.Count > FacetFilter.MaxValues)
            throw new SearchQueryException(
                $"{name}: tối đa {FacetFilter.MaxValues} giá trị (đã nhận {filter.Any.Count + filter.None.Count}).");
        if (filter.Any.FirstOrDefault(filter.Excludes) is { } both)
            throw new SearchQueryException($"\"{both}\" vừa được chọn vừa bị loại trừ ({name}).");
        return filter;
    }

    /// <summary>A repeatable parameter's values, trimmed, without empty ones or repeats.</summary>
    private static List<string> Values(IQueryCollection query, string name) =>
        query[name].Select(v => v?.Trim()).OfType<string>().Where(v => v.Length > 0)
            .Distinct(StringComparer.Ordinal).ToList();

    private static string? Single(IQueryCollection query, string name)
    {
        var values = query[name];
        if (values.Count > 1) throw new SearchQueryException($"Tham số {name} chỉ được có một giá trị.");
        return values.Count == 0 ? null : values[0]?.Trim();
    }

    private static int Number(IQueryCollection query, string name, int fallback, int min, int max)
    {
        var text = Single(query, name);
        if (!QueryNumber.TryRead(string.IsNullOrEmpty(text) ? null : text, fallback, min, max, out var value))
            throw new SearchQueryException(
                $"{name} phải là số nguyên từ {min} đến {max} (đã nhận \"{text}\").");
        return value;
    }

    private static DateOnly? Date(IQueryCollection query, string name)
    {
        var text = Single(query, name);
        if (string.IsNullOrEmpty(text)) return null;
        if (!DateOnly.TryParseExact(
                text,
                "yyyy-MM-dd",
                CultureInfo.InvariantCulture,
                DateTimeStyles.None,
                out var date))
            throw new SearchQueryException($"{name} phải là ngày dạng yyyy-MM-dd (đã nhận \"{text}\").");
        return date;
    }
}
