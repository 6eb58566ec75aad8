using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Archive.Search;

namespace Archive.Web.Pages;

/// <summary>One bar of a results-over-time chart: a year, its count, and where the bar stands.</summary>
public sealed record YearBar(int Year, int Count, double X, double Height);

/// <summary>
/// A search's results over time as bars, one a year from the first year with a result to the last (the
/// years between with none are bars of zero, so that gaps show). Drawn as SVG on the server: it needs no
/// script, and the page's table of the same counts is what a screen reader reads.
/// </summary>
public static class YearChart
{
    public const double Width = 600;
    public const double Height = 120;

    /// <summary>
    /// The bars of the year facet, or none when fewer than two years have results (a chart of one bar says
    /// nothing).
    /// </summary>
    public static IReadOnlyList<YearBar> Bars(IReadOnlyList<FacetValue> years)
    {
        var counts = years
            .Select(y => (Year: int.Parse(y.Value, CultureInfo.InvariantCulture), y.Count))
            .ToDictionary(y => y.Year, y => y.Count);
        if (counts.Count < 2) return [];
        var (first, last) = (counts.Keys.Min(), counts.Keys.Max());
        var most = counts.Values.Max();
        var width = Width / (last - first + 1);
        return Enumerable.Range(first, last - first + 1)
            .Select((year, i) => new YearBar(
                year,
                counts.GetValueOrDefault(year),
                i * width,
                Height * counts.GetValueOrDefault(year) / most))
            .ToList();
    }

    /// <summary>
    /// The chart as SVG markup: each bar, its count above it and its year under it, a link to the search
    /// narrowed to that year. Hidden from screen readers (the table beside it says the same), and out of
    /// the tab order, since the table's links are the ones to reach by keyboard.
    /// </summary>
    public static string Drawing(IReadOnlyList<YearBar> bars, Func<int, string> link)
    {
        var width = Width / bars.Count * 0.8;
        var svg = new StringBuilder(
            $"<svg viewBox=\"0 -14 {Svg(Width)} {Svg(Height + 30)}\" aria-hidden=\"true\" focusable=\"false\">");
        foreach (var bar in bars)
        {
            var middle = Svg(bar.X + width / 2);
            svg.Append(CultureInfo.InvariantCulture,
                    $"<a href=\"{HtmlEncoder.Default.Encode(link(bar.Year))}\" tabindex=\"-1\">")
                .Append(CultureInfo.InvariantCulture, $"<rect x=\"{Svg(bar.X)}\" y=\"{Svg(Height - bar.Height)}\" " +
                        $"width=\"{Svg(width)}\" height=\"{Svg(bar.Height)}\">" +
                        $"<title>{bar.Year}: {bar.Count}</title></rect>");
            if (bar.Count > 0)
                svg.Append(CultureInfo.InvariantCulture,
                    $"<text x=\"{middle}\" y=\"{Svg(Height - bar.Height - 3)}\" class=\"count\">{bar.Count}</text>");
            svg.Append(CultureInfo.InvariantCulture,
                $"<text x=\"{middle}\" y=\"{Svg(Height + 14)}\">{bar.Year}</text></a>");
        }
        return svg.Append("</svg>").ToString();
    }

    /// <summary>A number as SVG writes it, whatever the culture of the request.</summary>
    public static string Svg(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
