namespace Archive.Search;

public sealed record SearchHit(
    string Id,
    string Title,
    DateOnly? EventDate,
    string? Published,
    string? Organisation,
    float Score,
    IReadOnlyList<string> Snippets);

public sealed record FacetValue(string Value, int Count);

public sealed record SearchFacets(
    IReadOnlyList<FacetValue> Year,
    IReadOnlyList<FacetValue> Organisation,
    IReadOnlyList<FacetValue> DirectiveType);

/// <summary>The JSON contract of /api/search.</summary>
public sealed record SearchResult(
    string Query,
    int Total,
    int Page,
    int Size,
    long TookMs,
    IReadOnlyList<SearchHit> Hits,
    SearchFacets Facets)
{
    /// <summary>The query in the written form most documents use, offered for a query typed without diacritics.</summary>
    public string? DidYouMean { get; init; }

    /// <summary>When nothing was found: the query with its unknown words replaced by the nearest the archive has.</summary>
    public IReadOnlyList<string> Suggestions { get; init; } = [];
}
