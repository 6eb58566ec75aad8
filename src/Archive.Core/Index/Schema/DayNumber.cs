namespace Archive.Index.Schema;

/// <summary>A day as the number the index files it under: 2024-03-15 is 20240315, so days sort as numbers.</summary>
public static class DayNumber
{
    /// <summary>yyyyMMdd of a day; 0 for none.</summary>
    public static long Of(DateOnly? date) => date is { } d ? d.Year * 10000L + d.Month * 100 + d.Day : 0;
}
