using System.Globalization;

namespace Archive.Search;

/// <summary>
/// What one facet keeps: a document with any of <see cref="Any"/> (all when it is empty) and none of
/// <see cref="None"/>. Values are as the facet counts them: an organisation's exact name, a directive
/// type ("Kết luận"), and for the period facet a year ("2021") or a month ("2021-03"), one facet since
/// a month is a part of its year.
/// </summary>
public sealed record FacetFilter(IReadOnlyList<string> Any, IReadOnlyList<string> None)
{
    /// <summary>How many values one facet takes: a URL of more is not a search a person made.</summary>
    public const int MaxValues = 50;

    public static readonly FacetFilter Everything = new([], []);

    public static FacetFilter AnyOf(params string[] values) => new(values, []);

    public bool IsActive => Any.Count > 0 || None.Count > 0;

    public bool Includes(string value) => Any.Contains(value, StringComparer.Ordinal);

    public bool Excludes(string value) => None.Contains(value, StringComparer.Ordinal);

    /// <summary>This filter with <paramref name="value"/> kept, or no longer kept when it was.</summary>
    public FacetFilter Toggle(string value) => Includes(value)
        ? this with { Any = [.. Any.Where(v => v != value)] }
        : new FacetFilter([.. Any, value], [.. None.Where(v => v != value)]);

    /// <summary>
    /// <see cref="Toggle"/>, with <paramref name="value"/> chosen in place of <paramref name="within"/>, the wider
    /// value it is part of: a month chosen in a chosen year narrows to the month rather than adding it to the year.
    /// </summary>
    public FacetFilter ToggleWithin(string value, string within) =>
        (Includes(within) ? this with { Any = [.. Any.Where(v => v != within)] } : this).Toggle(value);

    /// <summary>This filter with <paramref name="value"/> left out, or no longer left out when it was.</summary>
    public FacetFilter ToggleExclusion(string value) => Excludes(value)
        ? this with { None = [.. None.Where(v => v != value)] }
        : new FacetFilter([.. Any.Where(v => v != value)], [.. None, value]);

    /// <summary>Only <paramref name="value"/> kept; what is left out stays left out.</summary>
    public FacetFilter Only(string value) => new([value], [.. None.Where(v => v != value)]);

    public bool Equals(FacetFilter? other) =>
        other is not null && Any.SequenceEqual(other.Any) && None.SequenceEqual(other.None);

    public override int GetHashCode() => HashCode.Combine(Any.Count, None.Count);
}

/// <summary>The period facet's values: a year "2021" or a month "2021-03", and their days.</summary>
public static class Periods
{
    public static string Year(int year) => year.ToString("0000", CultureInfo.InvariantCulture);

    public static string Month(int year, int month) =>
        string.Create(CultureInfo.InvariantCulture, $"{year:0000}-{month:00}");

    /// <summary>The first and last day of a period value, or false when it is neither a year nor a month.</summary>
    public static bool TryRead(string value, out DateOnly first, out DateOnly last)
    {
        (first, last) = (default, default);
        if (value.Length == 4 && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            && year is >= 1900 and <= 2100)
        {
            (first, last) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
            return true;
        }
        if (value.Length == 7 && value[4] == '-'
            && int.TryParse(value.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out year)
            && int.TryParse(value.AsSpan(5), NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            && year is >= 1900 and <= 2100 && month is >= 1 and <= 12)
        {
            first = new DateOnly(year, month, 1);
            last = first.AddMonths(1).AddDays(-1);
            return true;
        }
        return false;
    }
}
