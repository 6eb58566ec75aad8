using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;

namespace Archive.Web.Pages.Directives;

/// <summary>
/// One arrow of a <see cref="RelationDiagram"/>: the directive at its other end, what the arrow says.
/// </summary>
/// <param name="Incoming">True when the other directive relates to this one (its arrow points here).</param>
public sealed record RelationArrow(string Other, string Label, bool Incoming, string Href);

/// <summary>
/// A directive's relations drawn as SVG on the server: the directive in the middle, those that relate to
/// it on the left with arrows towards it, those it relates to on the right. It needs no script; the list
/// of relations beside it says the same for screen readers and keyboards, so the drawing is hidden from
/// both.
/// </summary>
public static class RelationDiagram
{
    private const double Width = 720;
    private const double Row = 40;
    private const double NodeWidth = 190;
    private const double NodeHeight = 26;
    private const double Middle = Width / 2;

    public static string Drawing(string code, IReadOnlyList<RelationArrow> arrows)
    {
        var left = arrows.Where(a => a.Incoming).ToList();
        var right = arrows.Where(a => !a.Incoming).ToList();
        var rows = Math.Max(1, Math.Max(left.Count, right.Count));
        var height = rows * Row;
        var centre = height / 2;
        var svg = new StringBuilder($"<svg viewBox=\"0 0 {N(Width)} {N(height)}\" ")
            .Append("aria-hidden=\"true\" focusable=\"false\" class=\"relation-diagram\">")
            .Append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" ")
            .Append("markerHeight=\"7\" orient=\"auto-start-reverse\">")
            .Append("<path d=\"M0,0 L10,5 L0,10 z\"/></marker></defs>");
        Side(svg, left, rows, centre, incoming: true);
        Side(svg, right, rows, centre, incoming: false);
        svg.Append(CultureInfo.InvariantCulture,
                $"<rect class=\"this\" x=\"{N(Middle - NodeWidth / 2 + 30)}\" y=\"{N(centre - NodeHeight / 2)}\" ")
            .Append(CultureInfo.InvariantCulture,
                $"width=\"{N(NodeWidth - 60)}\" height=\"{N(NodeHeight)}\" rx=\"4\"/>")
            .Append(CultureInfo.InvariantCulture, $"<text x=\"{N(Middle)}\" y=\"{N(centre + 4)}\">{Text(code)}</text>");
        return svg.Append("</svg>").ToString();
    }

    private static void Side(StringBuilder svg, List<RelationArrow> arrows, int rows, double centre, bool incoming)
    {
        var top = (rows - arrows.Count) * Row / 2;
        for (var i = 0; i < arrows.Count; i++)
        {
            var arrow = arrows[i];
            var y = top + i * Row + Row / 2;
            var x = incoming ? 0 : Width - NodeWidth;
            // From the other directive's box to this one's, or from this one's to the other's.
            var (fromX, toX) = incoming
                ? (NodeWidth, Middle - NodeWidth / 2 + 30)
                : (Middle + NodeWidth / 2 - 30, Width - NodeWidth);
            var (fromY, toY) = incoming ? (y, centre) : (centre, y);
            svg.Append(CultureInfo.InvariantCulture, $"<a href=\"{Text(arrow.Href)}\" tabindex=\"-1\">")
                .Append(CultureInfo.InvariantCulture, $"<rect x=\"{N(x)}\" y=\"{N(y - NodeHeight / 2)}\" ")
                .Append(CultureInfo.InvariantCulture, $"width=\"{N(NodeWidth)}\" height=\"{N(NodeHeight)}\" rx=\"4\"/>")
                .Append(CultureInfo.InvariantCulture,
                    $"<text x=\"{N(x + NodeWidth / 2)}\" y=\"{N(y + 4)}\">{Text(arrow.Other)}</text></a>")
                .Append(CultureInfo.InvariantCulture,
                    $"<line x1=\"{N(fromX)}\" y1=\"{N(fromY)}\" x2=\"{N(toX)}\" y2=\"{N(toY)}\" ")
                .Append("marker-end=\"url(#arrow)\"/>")
                .Append(CultureInfo.InvariantCulture,
                    $"<text class=\"label\" x=\"{N((fromX + toX) / 2)}\" y=\"{N((fromY + toY) / 2 - 4)}\">")
                .Append(Text(arrow.Label)).Append("</text>");
        }
    }

    private static string Text(string text) => HtmlEncoder.Default.Encode(text);

    private static string N(double value) => TimelineChart.Svg(value);
}
