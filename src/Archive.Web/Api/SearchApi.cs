using System.Globalization;
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
            Year = Single(query, "year") is { Length: > 0 } ? Number(query, "year", 0, 1900, 2100) : null,
            Organisation = Single(query, "org") is { Length: > 0 } org ? org : null,
            DirectiveType = Single(query, "type") is { Length: > 0 } type ? type : null,
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
