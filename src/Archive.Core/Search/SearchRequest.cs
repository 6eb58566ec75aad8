namespace Archive.Search;

/// <summary>
/// Which code runs a search: the archive's own (<see cref="Archive"/>, what serves), stock Lucene.Net
/// (<see cref="Stock"/>), or both with their answers compared (<see cref="Compare"/>, which throws on any
/// difference). Only the tests and the bench choose anything but the first.
/// </summary>
public enum SearchEngine
{
    Archive,
    Stock,
    Compare,
}

public enum SearchSort
{
    Relevance,
    DateDesc,
    DateAsc,
}

/// <summary>A search as the API and the search page take it.</summary>
public sealed record SearchRequest
{
    public const int MaxQueryLength = 500;
    public const int MaxPageSize = 100;

    public string Query { get; init; } = "";
    public int Page { get; init; } = 1;
    public int Size { get; init; } = 20;
    public SearchSort Sort { get; init; } = SearchSort.Relevance;
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    /// <summary>Facet filter: years ("2021") and months ("2021-03").</summary>
    public FacetFilter Period { get; init; } = FacetFilter.Everything;
    /// <summary>Facet filter: exact organisation names.</summary>
    public FacetFilter Organisation { get; init; } = FacetFilter.Everything;
    /// <summary>Facet filter: directive types the document cites ("Kết luận").</summary>
    public FacetFilter DirectiveType { get; init; } = FacetFilter.Everything;
    /// <summary>Facet filter: provinces, or "Trung ương" for central bodies.</summary>
    public FacetFilter Province { get; init; } = FacetFilter.Everything;
    /// <summary>Match only the diacritics as typed (no folding).</summary>
    public bool Exact { get; init; }
}

/// <summary>A search that cannot run as asked; the message says why, for the user.</summary>
public sealed class SearchQueryException(string message) : Exception(message);

/// <summary>A search that ran past its time limit.</summary>
public sealed class SearchTimeoutException(TimeSpan limit)
    : Exception($"The search took longer than {limit.TotalSeconds:0.#} s.");
