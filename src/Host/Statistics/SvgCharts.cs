using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Html;

namespace Thads.Host.Statistics;

/// <summary>
/// Small charts drawn on the server as inline SVG: no script, no CDN, a few kilobytes per chart, and they print.
/// Labels are HTML-encoded.
/// </summary>
public static class SvgCharts
{
    private const int Width = 720;

    /// <summary>One horizontal bar per label, scaled to <paramref name="max"/> (100 for percentages).</summary>
    public static IHtmlContent Bars(string title, IReadOnlyList<(string Label, double Value, string Text)> bars, double max, string colour = "#1f5f8b")
    {
        const int rowHeight = 22, labelWidth = 240, pad = 8;
        var height = bars.Count * rowHeight + 2 * pad;
        var svg = Start(title, height);
        for (var i = 0; i < bars.Count; i++)
        {
            var (label, value, text) = bars[i];
            var y = pad + i * rowHeight;
            var length = max <= 0 ? 0 : Math.Max(0, value / max) * (Width - labelWidth - 90);
            svg.Append(Invariant($"<text x=\"{labelWidth - 6}\" y=\"{y + 15}\" text-anchor=\"end\" font-size=\"12\">{Encode(Short(label))}</text>"));
            svg.Append(Invariant($"<rect x=\"{labelWidth}\" y=\"{y + 3}\" width=\"{length:0.#}\" height=\"{rowHeight - 7}\" fill=\"{colour}\"/>"));
            svg.Append(Invariant($"<text x=\"{labelWidth + length + 4:0.#}\" y=\"{y + 15}\" font-size=\"12\">{Encode(text)}</text>"));
        }

        return End(svg);
    }

    /// <summary>Two stacked parts per label (with / without conditions), as shares of the label's total.</summary>
    public static IHtmlContent Stacked(string title, IReadOnlyList<(string Label, long First, long Second)> bars, string firstColour = "#2e7d32", string secondColour = "#c62828")
    {
        const int rowHeight = 22, labelWidth = 240, pad = 8;
        var height = bars.Count * rowHeight + 2 * pad;
        var svg = Start(title, height);
        var span = Width - labelWidth - 90;
        for (var i = 0; i < bars.Count; i++)
        {
            var (label, first, second) = bars[i];
            var total = first + second;
            var y = pad + i * rowHeight;
            var a = total == 0 ? 0 : span * (double)first / total;
            svg.Append(Invariant($"<text x=\"{labelWidth - 6}\" y=\"{y + 15}\" text-anchor=\"end\" font-size=\"12\">{Encode(Short(label))}</text>"));
            svg.Append(Invariant($"<rect x=\"{labelWidth}\" y=\"{y + 3}\" width=\"{a:0.#}\" height=\"{rowHeight - 7}\" fill=\"{firstColour}\"/>"));
            svg.Append(Invariant($"<rect x=\"{labelWidth + a:0.#}\" y=\"{y + 3}\" width=\"{(total == 0 ? 0 : span - a):0.#}\" height=\"{rowHeight - 7}\" fill=\"{secondColour}\"/>"));
            svg.Append(Invariant($"<text x=\"{labelWidth + span + 4}\" y=\"{y + 15}\" font-size=\"12\">{(total == 0 ? "—" : (100.0 * first / total).ToString("0.0", CultureInfo.InvariantCulture) + "%")}</text>"));
        }

        return End(svg);
    }

    /// <summary>A line per series over the months (x), scaled to the largest value.</summary>
    public static IHtmlContent Lines(string title, IReadOnlyList<string> months, IReadOnlyList<(string Name, string Colour, IReadOnlyList<double> Values)> series)
    {
        const int height = 220, left = 60, right = 20, top = 20, bottom = 40;
        var svg = Start(title, height);
        var max = Math.Max(1, series.SelectMany(s => s.Values).DefaultIfEmpty(0).Max());
        var step = months.Count > 1 ? (Width - left - right) / (double)(months.Count - 1) : 0;
        double X(int i) => left + i * step;
        double Y(double v) => top + (height - top - bottom) * (1 - v / max);
        svg.Append(Invariant($"<line x1=\"{left}\" y1=\"{height - bottom}\" x2=\"{Width - right}\" y2=\"{height - bottom}\" stroke=\"#999\"/>"));
        svg.Append(Invariant($"<text x=\"{left - 6}\" y=\"{top + 4}\" text-anchor=\"end\" font-size=\"11\">{Encode(max.ToString("#,0", CultureInfo.GetCultureInfo("vi-VN")))}</text>"));
        for (var i = 0; i < months.Count; i++)
        {
            svg.Append(Invariant($"<text x=\"{X(i):0.#}\" y=\"{height - bottom + 16}\" text-anchor=\"middle\" font-size=\"11\">{Encode(months[i])}</text>"));
        }

        var legendX = left;
        foreach (var (name, colour, values) in series)
        {
            var points = string.Join(' ', values.Select((v, i) => Invariant($"{X(i):0.#},{Y(v):0.#}")));
            svg.Append(Invariant($"<polyline fill=\"none\" stroke=\"{colour}\" stroke-width=\"2\" points=\"{points}\"/>"));
            svg.Append(Invariant($"<rect x=\"{legendX}\" y=\"{height - 14}\" width=\"10\" height=\"10\" fill=\"{colour}\"/><text x=\"{legendX + 14}\" y=\"{height - 5}\" font-size=\"11\">{Encode(name)}</text>"));
            legendX += 160;
        }

        return End(svg);
    }

    private static StringBuilder Start(string title, int height) =>
        new StringBuilder(Invariant($"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 {Width} {height}\" role=\"img\" aria-label=\"{Encode(title)}\"><title>{Encode(title)}</title>"));

    private static HtmlString End(StringBuilder svg) => new(svg.Append("</svg>").ToString());

    private static string Short(string label) => label.Length <= 38 ? label : label[..36] + "…";

    private static string Encode(string text) => WebUtility.HtmlEncode(text);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
