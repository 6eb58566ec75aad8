using System.Globalization;

namespace Archive.Web.Api;

/// <summary>A whole number from the query string, read by one rule on every page and API.</summary>
public static class QueryNumber
{
    /// <summary>
    /// False unless the text is digits only, from <paramref name="min"/> to <paramref name="max"/>; a
    /// parameter that is not there (null) gives <paramref name="fallback"/>.
    /// </summary>
    public static bool TryRead(string? text, int fallback, int min, int max, out int value)
    {
        value = fallback;
        if (text is null) return true;
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value)
            && value >= min
            && value <= max;
    }
}
