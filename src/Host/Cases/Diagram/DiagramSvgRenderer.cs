using System.Globalization;
using System.Text;

namespace Thads.Host.Cases.Diagram;

/// <summary>
/// Draws a process diagram as inline SVG on the server: no script, no fonts to download. Completed elements are grey
/// with a tick, the elements where the instance waits now are outlined in blue with a yellow halo (large enough to
/// see in the small picture), elements in an incident in red. Each element group carries <c>data-element</c> and a
/// <c>&lt;title&gt;</c> with its name for hover.
/// </summary>
public static class DiagramSvgRenderer
{
    private const double Margin = 12;
    private const double TaskFont = 12;
    private const double LabelFont = 11;

    // Scoped by the class, so the same rules work inline in a page and in the standalone .svg.
    private const string Style =
        ".bpmn text{font:12px system-ui,Arial,sans-serif;fill:#1d2430}.bpmn .lbl{font-size:11px}" +
        ".bpmn .shape{fill:#fff;stroke:#1d2430;stroke-width:1.5}.bpmn .container{fill:none;stroke:#5b6472;stroke-width:1.5}" +
        ".bpmn .edge{fill:none;stroke:#5b6472;stroke-width:1.2}.bpmn .assoc{fill:none;stroke:#9aa3ae;stroke-dasharray:4 3}" +
        ".bpmn .done .shape{fill:#eceff3;stroke:#9aa3ae}.bpmn .done text{fill:#6b7480}.bpmn .tick{fill:#2e7d32;font-weight:700}" +
        ".bpmn .halo{fill:#ffd54f;fill-opacity:.55;stroke:#f9a825;stroke-width:6}" +
        ".bpmn .current .shape{fill:#fff8d6;stroke:#1f5fa8;stroke-width:4}.bpmn .incident .shape{fill:#fdeceb;stroke:#b3261e;stroke-width:4}" +
        ".bpmn .mark{fill:none;stroke:#1d2430;stroke-width:1.5}.bpmn .solid{fill:#1d2430}";

    public static string Render(ProcessDiagram diagram, DiagramProgress progress, DiagramTexts texts)
    {
        var box = Extent(diagram);
        var svg = new StringBuilder(64 * 1024);
        svg.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"bpmn\" role=\"img\" viewBox=\"")
            .Append(N(box.X)).Append(' ').Append(N(box.Y)).Append(' ').Append(N(box.Width)).Append(' ').Append(N(box.Height))
            .Append("\" width=\"").Append(N(box.Width)).Append("\" height=\"").Append(N(box.Height))
            .Append("\" preserveAspectRatio=\"xMinYMin meet\" aria-label=\"").Append(Escape(texts.Title)).Append("\">")
            .Append("<title>").Append(Escape(texts.Title)).Append("</title>")
            .Append("<style>").Append(Style).Append("</style>")
            .Append("<defs><marker id=\"bpmn-arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto\">")
            .Append("<path d=\"M0,0L10,5L0,10z\" fill=\"#5b6472\"/></marker></defs>");

        // Containers first, so the shapes inside them are drawn on top; edges last, so arrows are not hidden.
        foreach (var shape in diagram.Shapes.Where(IsContainer))
        {
            DrawShape(svg, shape, progress, texts);
        }

        foreach (var shape in diagram.Shapes.Where(s => !IsContainer(s)))
        {
            DrawShape(svg, shape, progress, texts);
        }

        foreach (var edge in diagram.Edges)
        {
            DrawEdge(svg, edge);
        }

        return svg.Append("</svg>").ToString();
    }

    private static bool IsContainer(DiagramShape shape) => shape.Element.IsSubProcess && shape.Expanded;

    private static DiagramBounds Extent(ProcessDiagram diagram)
    {
        var xs = new List<double>();
        var ys = new List<double>();
        foreach (var shape in diagram.Shapes)
        {
            foreach (var b in new[] { shape.Bounds, shape.Label }.OfType<DiagramBounds>())
            {
                xs.AddRange([b.X, b.Right]);
                ys.AddRange([b.Y, b.Bottom]);
            }
        }

        foreach (var edge in diagram.Edges)
        {
            xs.AddRange(edge.Points.Select(p => p.X));
            ys.AddRange(edge.Points.Select(p => p.Y));
            if (edge.Label is { } label)
            {
                xs.AddRange([label.X, label.Right]);
                ys.AddRange([label.Y, label.Bottom]);
            }
        }

        if (xs.Count == 0)
        {
            return new DiagramBounds(0, 0, 100, 40);
        }

        // Labels drawn below shapes without their own bounds need a little room.
        var (x, y) = (xs.Min() - Margin, ys.Min() - Margin);
        return new DiagramBounds(x, y, xs.Max() - x + Margin, ys.Max() - y + Margin + 20);
    }

    private static void DrawShape(StringBuilder svg, DiagramShape shape, DiagramProgress progress, DiagramTexts texts)
    {
        var element = shape.Element;
        var b = shape.Bounds;
        var state = progress.Incidents.Contains(element.Id) ? "incident"
            : progress.Current.Contains(element.Id) ? "current"
            : progress.Done.Contains(element.Id) ? "done"
            : null;
        var stateText = state switch { "incident" => texts.Incident, "current" => texts.Current, "done" => texts.Done, _ => null };

        svg.Append("<g class=\"node").Append(state is null ? "" : " " + state).Append("\" data-element=\"").Append(Escape(element.Id)).Append("\">");
        var title = element.Name ?? "";
        if (stateText is not null)
        {
            title = title.Length == 0 ? stateText : $"{title} ({stateText})";
        }

        if (title.Length > 0)
        {
            svg.Append("<title>").Append(Escape(title)).Append("</title>");
        }

        if (state is "current" or "incident")
        {
            Halo(svg, shape);
        }

        if (element.IsEvent)
        {
            DrawEvent(svg, shape);
        }
        else if (element.IsGateway)
        {
            DrawGateway(svg, shape);
        }
        else if (IsContainer(shape))
        {
            svg.Append("<rect class=\"container shape\" x=\"").Append(N(b.X)).Append("\" y=\"").Append(N(b.Y))
                .Append("\" width=\"").Append(N(b.Width)).Append("\" height=\"").Append(N(b.Height)).Append("\" rx=\"10\"/>");
            if (element.Name is { } name)
            {
                Text(svg, name, b.X + 8, b.Y + 18, anchor: "start", cssClass: null);
            }
        }
        else
        {
            svg.Append("<rect class=\"shape\" x=\"").Append(N(b.X)).Append("\" y=\"").Append(N(b.Y))
                .Append("\" width=\"").Append(N(b.Width)).Append("\" height=\"").Append(N(b.Height)).Append("\" rx=\"10\"")
                .Append(element.Kind == "callActivity" ? " style=\"stroke-width:4\"" : "").Append("/>");
            WrappedText(svg, element.Name, b, TaskFont, centred: true, cssClass: null);
        }

        if (state == "done" && !IsContainer(shape))
        {
            svg.Append("<text class=\"tick\" x=\"").Append(N(b.Right - 2)).Append("\" y=\"").Append(N(b.Y + 12))
                .Append("\" text-anchor=\"end\">✓</text>");
        }

        svg.Append("</g>");
    }

    private static void Halo(StringBuilder svg, DiagramShape shape)
    {
        var b = shape.Bounds;
        const double pad = 8;
        svg.Append("<rect class=\"halo\" x=\"").Append(N(b.X - pad)).Append("\" y=\"").Append(N(b.Y - pad))
            .Append("\" width=\"").Append(N(b.Width + 2 * pad)).Append("\" height=\"").Append(N(b.Height + 2 * pad)).Append("\" rx=\"14\"/>");
    }

    private static void DrawEvent(StringBuilder svg, DiagramShape shape)
    {
        var element = shape.Element;
        var b = shape.Bounds;
        var r = Math.Min(b.Width, b.Height) / 2;
        var (cx, cy) = (b.CenterX, b.CenterY);
        var width = element.Kind == "endEvent" ? 4 : 1.5;
        var dash = element.Kind == "boundaryEvent" && !element.Interrupting ? ";stroke-dasharray:4 3" : "";
        svg.Append("<circle class=\"shape\" cx=\"").Append(N(cx)).Append("\" cy=\"").Append(N(cy)).Append("\" r=\"").Append(N(r))
            .Append("\" style=\"stroke-width:").Append(N(width)).Append(dash).Append("\"/>");
        if (element.Kind is "intermediateCatchEvent" or "intermediateThrowEvent" or "boundaryEvent")
        {
            svg.Append("<circle class=\"mark\" cx=\"").Append(N(cx)).Append("\" cy=\"").Append(N(cy)).Append("\" r=\"").Append(N(r - 3))
                .Append("\"").Append(dash.Length > 0 ? " style=\"stroke-dasharray:4 3\"" : "").Append("/>");
        }

        switch (element.EventKind)
        {
            case "timer":
                var face = r * 0.55;
                svg.Append("<circle class=\"mark\" cx=\"").Append(N(cx)).Append("\" cy=\"").Append(N(cy)).Append("\" r=\"").Append(N(face)).Append("\"/>")
                    .Append("<path class=\"mark\" d=\"M").Append(N(cx)).Append(',').Append(N(cy - face * 0.8)).Append("V").Append(N(cy))
                    .Append("H").Append(N(cx + face * 0.6)).Append("\"/>");
                break;
            case "message":
                var (w, h) = (r * 1.0, r * 0.7);
                svg.Append("<path class=\"mark\" d=\"M").Append(N(cx - w / 2)).Append(',').Append(N(cy - h / 2)).Append("h").Append(N(w))
                    .Append("v").Append(N(h)).Append("h").Append(N(-w)).Append("z").Append("l").Append(N(w / 2)).Append(',').Append(N(h / 2))
                    .Append("l").Append(N(w / 2)).Append(',').Append(N(-h / 2)).Append("\"/>");
                break;
            case "terminate":
                svg.Append("<circle class=\"solid\" cx=\"").Append(N(cx)).Append("\" cy=\"").Append(N(cy)).Append("\" r=\"").Append(N(r * 0.55)).Append("\"/>");
                break;
            case "error":
                svg.Append("<path class=\"mark\" d=\"M").Append(N(cx - r * 0.4)).Append(',').Append(N(cy + r * 0.45)).Append("L").Append(N(cx - r * 0.15))
                    .Append(',').Append(N(cy - r * 0.4)).Append("L").Append(N(cx + r * 0.1)).Append(',').Append(N(cy + r * 0.1)).Append("L")
                    .Append(N(cx + r * 0.4)).Append(',').Append(N(cy - r * 0.45)).Append("\"/>");
                break;
        }

        OuterLabel(svg, shape);
    }

    private static void DrawGateway(StringBuilder svg, DiagramShape shape)
    {
        var b = shape.Bounds;
        var (cx, cy) = (b.CenterX, b.CenterY);
        svg.Append("<polygon class=\"shape\" points=\"").Append(N(cx)).Append(',').Append(N(b.Y)).Append(' ').Append(N(b.Right)).Append(',').Append(N(cy))
            .Append(' ').Append(N(cx)).Append(',').Append(N(b.Bottom)).Append(' ').Append(N(b.X)).Append(',').Append(N(cy)).Append("\"/>");
        var d = b.Width * 0.18;
        switch (shape.Element.Kind)
        {
            case "exclusiveGateway":
                svg.Append("<path class=\"mark\" style=\"stroke-width:3\" d=\"M").Append(N(cx - d)).Append(',').Append(N(cy - d)).Append("L").Append(N(cx + d))
                    .Append(',').Append(N(cy + d)).Append("M").Append(N(cx + d)).Append(',').Append(N(cy - d)).Append("L").Append(N(cx - d)).Append(',')
                    .Append(N(cy + d)).Append("\"/>");
                break;
            case "parallelGateway":
                svg.Append("<path class=\"mark\" style=\"stroke-width:3\" d=\"M").Append(N(cx)).Append(',').Append(N(cy - d * 1.3)).Append("V").Append(N(cy + d * 1.3))
                    .Append("M").Append(N(cx - d * 1.3)).Append(',').Append(N(cy)).Append("H").Append(N(cx + d * 1.3)).Append("\"/>");
                break;
            case "inclusiveGateway":
                svg.Append("<circle class=\"mark\" style=\"stroke-width:2.5\" cx=\"").Append(N(cx)).Append("\" cy=\"").Append(N(cy)).Append("\" r=\"").Append(N(d * 1.2)).Append("\"/>");
                break;
        }

        OuterLabel(svg, shape);
    }

    /// <summary>Events and gateways carry their name outside the shape: in the label bounds, or below.</summary>
    private static void OuterLabel(StringBuilder svg, DiagramShape shape)
    {
        if (shape.Element.Name is not { } name)
        {
            return;
        }

        var b = shape.Bounds;
        var label = shape.Label ?? new DiagramBounds(b.CenterX - 50, b.Bottom + 4, 100, 28);
        WrappedText(svg, name, label with { Height = Math.Max(label.Height, 44) }, LabelFont, centred: false, cssClass: "lbl");
    }

    private static void DrawEdge(StringBuilder svg, DiagramEdge edge)
    {
        var isFlow = edge.Element.Kind is "sequenceFlow" or "messageFlow";
        svg.Append("<polyline class=\"").Append(isFlow ? "edge" : "assoc").Append("\" points=\"");
        for (var i = 0; i < edge.Points.Count; i++)
        {
            svg.Append(i == 0 ? "" : " ").Append(N(edge.Points[i].X)).Append(',').Append(N(edge.Points[i].Y));
        }

        svg.Append('"').Append(isFlow ? " marker-end=\"url(#bpmn-arrow)\"" : "").Append("/>");
        if (isFlow && edge.Element.Name is { } name && edge.Label is { } label)
        {
            WrappedText(svg, name, label with { Height = Math.Max(label.Height, 30) }, LabelFont, centred: false, cssClass: "lbl");
        }
    }

    private static void Text(StringBuilder svg, string text, double x, double y, string anchor, string? cssClass)
    {
        svg.Append("<text x=\"").Append(N(x)).Append("\" y=\"").Append(N(y)).Append("\" text-anchor=\"").Append(anchor).Append('"')
            .Append(cssClass is null ? "" : $" class=\"{cssClass}\"").Append('>').Append(Escape(text)).Append("</text>");
    }

    /// <summary>Words wrapped to the box by an average glyph width; lines that do not fit end in an ellipsis.</summary>
    private static void WrappedText(StringBuilder svg, string? text, DiagramBounds box, double fontSize, bool centred, string? cssClass)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return;
        }

        var lineHeight = fontSize * 1.2;
        var maxChars = Math.Max(4, (int)((box.Width - 8) / (fontSize * 0.52)));
        var maxLines = Math.Max(1, (int)((box.Height - 4) / lineHeight));
        var lines = Wrap(text, maxChars, maxLines);
        var top = centred ? box.CenterY - (lines.Count * lineHeight) / 2 + fontSize * 0.85 : box.Y + fontSize;
        svg.Append("<text text-anchor=\"middle\"").Append(cssClass is null ? "" : $" class=\"{cssClass}\"").Append('>');
        for (var i = 0; i < lines.Count; i++)
        {
            svg.Append("<tspan x=\"").Append(N(box.CenterX)).Append("\" y=\"").Append(N(top + i * lineHeight)).Append("\">")
                .Append(Escape(lines[i])).Append("</tspan>");
        }

        svg.Append("</text>");
    }

    private static List<string> Wrap(string text, int maxChars, int maxLines)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > maxChars)
            {
                lines.Add(line.ToString());
                line.Clear();
            }

            line.Append(line.Length > 0 ? " " : "").Append(word);
        }

        if (line.Length > 0)
        {
            lines.Add(line.ToString());
        }

        if (lines.Count > maxLines)
        {
            lines = lines.Take(maxLines).ToList();
            var last = lines[^1];
            lines[^1] = (last.Length >= maxChars ? last[..(maxChars - 1)] : last) + "…";
        }

        return lines;
    }

    private static string N(double value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);

    // Only what XML requires: Vietnamese letters stay themselves (slow links).
    private static string Escape(string text) => text
        .Replace("&", "&amp;", StringComparison.Ordinal)
        .Replace("<", "&lt;", StringComparison.Ordinal)
        .Replace(">", "&gt;", StringComparison.Ordinal)
        .Replace("\"", "&quot;", StringComparison.Ordinal);
}
