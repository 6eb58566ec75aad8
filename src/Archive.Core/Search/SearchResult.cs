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

/// <summary>
/// Each facet's values and counts. A facet's counts are those of the search with every other facet's
/// filter applied and not its own: the number each value would find if it were chosen alone, so that
/// choosing more values of one facet (which widens the search) is offered with truthful numbers.
/// </summary>
/// <param name="Month">Months ("2021-03"), newest first: the level under each year.</param>
public sealed record SearchFacets(
    IReadOnlyList<FacetValue> Year,
    IReadOnlyList<FacetValue> Month,
    IReadOnlyList<FacetValue> Organisation,
    IReadOnlyList<FacetValue> DirectiveType,
    IReadOnlyList<FacetValue> Province);

/// <summary>One bar of the results over time: a year or month, its days, and how many results fall in it.</summary>
public sealed record PeriodCount(string Period, DateOnly From, DateOnly To, int Count);

/// <summary>
/// The results over time, every filter applied: a count per month when the dated results span at most
/// <see cref="MaxMonths"/> months, else per year; the periods between with none are there as zeros.
/// </summary>
/// <param name="Unit">"month" or "year".</param>
public sealed record Timeline(string Unit, IReadOnlyList<PeriodCount> Periods, int Undated)
{
    public const int MaxMonths = 36;

    public static readonly Timeline Empty = new("year", [], 0);
}

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
    SearchFacets Facets,
    Timeline Timeline)
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
