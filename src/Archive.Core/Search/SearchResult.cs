namespace Archive.Search;

public sealed record SearchHit(
    string Id,
    string Title,
    DateOnly? EventDate,
    string? Published,
    string? Organisation,
    float Score,
    IReadOnlyList<string> Snippets,
    bool Together);

public sealed record FacetValue(string Value, int Count);

public sealed record SearchFacets(
    IReadOnlyList<FacetValue> Year,
    IReadOnlyList<FacetValue> Organisation,
    IReadOnlyList<FacetValue> DirectiveType);

/// <summary>The JSON contract of /api/search.</summary>
/// <param name="Together">How many of the matches have the plain words together and in order; null when the query has
/// no such words.</param>
/// <param name="Apart">How many more have them only apart: <c>Total - Together</c>.</param>
public sealed record SearchResult(
    string Query,
    int Total,
    int? Together,
    int? Apart,
    int Page,
    int Size,
    long TookMs,
    IReadOnlyList<SearchHit> Hits,
    SearchFacets Facets)
{
    /// <summary>
    /// The query in the written form most documents use, offered for a query typed without diacritics.
    /// </summary>
    public string? DidYouMean { get; init; }

    /// <summary>
    /// When nothing was found: the query with its unknown words replaced by the nearest the archive has.
    /// </summary>
    public IReadOnlyList<string> Suggestions { get; init; } = [];
}
