using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Archive.Search;
using Archive.Web.Localization;

namespace Archive.Web.Pages;

/// <summary>One bar of a results-over-time chart: a year or month, its count, and where the bar stands.</summary>
public sealed record ChartBar(PeriodCount Period, double X, double Height)
{
    public int Count => Period.Count;

    public bool IsMonth => Period.Period.Length == 7;

    /// <summary>"2021", or "Tháng 3/2021" in the reader's language.</summary>
    public string Label => DisplayDates.Period(Period.Period);
}

/// <summary>
/// A search's results over time (<see cref="Timeline"/>) as bars, a year or a month each, from the first
/// period with a result to the last (those between with none are bars of zero, so that gaps show). Drawn
/// as SVG on the server: it needs no script, and the page's table of the same counts is what a screen
/// reader reads.
/// </summary>
public static class TimelineChart
{
    public const double Width = 600;
    public const double Height = 120;

    /// <summary>
    /// The timeline's bars, or none when it has fewer than two periods (a chart of one bar says nothing).
    /// </summary>
    public static IReadOnlyList<ChartBar> Bars(Timeline timeline)
    {
        var periods = timeline.Periods;
        if (periods.Count < 2) return [];
        var most = Math.Max(1, periods.Max(p => p.Count));
        var width = Width / periods.Count;
        return periods.Select((period, i) => new ChartBar(period, i * width, Height * period.Count / most)).ToList();
    }

    /// <summary>
    /// The chart as SVG markup: each bar, its count above it and its period under it (a month's number, and
    /// its year under January and the first bar), a link to the search narrowed to that period. Hidden from
    /// screen readers (the table beside it says the same), and out of the tab order, since the table's links
    /// are the ones to reach by keyboard.
    /// </summary>
    public static string Drawing(IReadOnlyList<ChartBar> bars, Func<PeriodCount, string> link)
    {
        var width = Width / bars.Count * 0.8;
        var svg = new StringBuilder(
            $"<svg viewBox=\"0 -14 {Svg(Width)} {Svg(Height + 44)}\" aria-hidden=\"true\" focusable=\"false\">");
        for (var i = 0; i < bars.Count; i++)
        {
            var bar = bars[i];
            var middle = Svg(bar.X + width / 2);
            svg.Append(CultureInfo.InvariantCulture,
                    $"<a href=\"{HtmlEncoder.Default.Encode(link(bar.Period))}\" tabindex=\"-1\">")
                .Append(CultureInfo.InvariantCulture, $"<rect x=\"{Svg(bar.X)}\" y=\"{Svg(Height - bar.Height)}\" " +
                        $"width=\"{Svg(width)}\" height=\"{Svg(bar.Height)}\">" +
                        $"<title>{HtmlEncoder.Default.Encode(bar.Label)}: {bar.Count}</title></rect>");
            // Thirty-six months leave no room for every count above its bar: the title and table have them.
            if (bar.Count > 0 && bars.Count <= 24)
                svg.Append(CultureInfo.InvariantCulture,
                    $"<text x=\"{middle}\" y=\"{Svg(Height - bar.Height - 3)}\" class=\"count\">{bar.Count}</text>");
            var from = bar.Period.From;
            svg.Append(CultureInfo.InvariantCulture,
                $"<text x=\"{middle}\" y=\"{Svg(Height + 14)}\">{(bar.IsMonth ? from.Month : from.Year)}</text>");
            if (bar.IsMonth && (i == 0 || from.Month == 1))
                svg.Append(CultureInfo.InvariantCulture,
                    $"<text x=\"{middle}\" y=\"{Svg(Height + 28)}\" class=\"year\">{from.Year}</text>");
            svg.Append("</a>");
        }
        return svg.Append("</svg>").ToString();
    }

    /// <summary>A number as SVG writes it, whatever the culture of the request.</summary>
    public static string Svg(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
