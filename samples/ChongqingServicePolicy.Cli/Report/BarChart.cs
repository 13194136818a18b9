using System.Collections.Immutable;
using System.Text;

namespace ChongqingServicePolicy.Cli.Report;

/// <summary>
/// Horizontal bar charts as inline SVG: no script, no remote font, a title and a description that reads the
/// whole chart out, so it prints, scales and is read by a screen reader. Every row is a <c>g.bar</c>; each of its
/// series a <c>rect.seg</c>. Negative values (differences) extend left of a zero line.
/// </summary>
internal static class BarChart
{
    private const decimal Width = 720m;
    private const decimal LabelWidth = 210m;
    private const decimal ValueWidth = 120m;
    private const decimal Gap = 8m;
    private const decimal PlotX = LabelWidth + Gap;
    private const decimal PlotWidth = Width - PlotX - ValueWidth - Gap;
    private const decimal AxisHeight = 22m;
    private const decimal LegendHeight = 24m;

    /// <summary>Draws a chart.</summary>
    /// <param name="id">A unique id within the page, for the accessible name.</param>
    /// <param name="title">What the chart shows.</param>
    /// <param name="series">The series, in the order of each row's values.</param>
    /// <param name="rows">The rows, top to bottom.</param>
    /// <param name="layout">How several series share a row.</param>
    /// <param name="tick">How an axis value is written.</param>
    /// <param name="empty">What to say when there is no row.</param>
    internal static SafeHtml Render(string id, string title, IReadOnlyList<ChartSeries> series, IReadOnlyList<ChartRow> rows, ChartLayout layout, Func<decimal, string> tick, string empty)
    {
        var legendItems = Legend(series);
        var legend = series.Count > 1 ? legendItems.Max(i => i.Y) + LegendHeight - 6m : 0m;
        var band = layout == ChartLayout.Grouped && series.Count > 1 ? series.Count * 12m + 10m : rows.Count > 24 ? 20m : 24m;
        var top = legend + AxisHeight;
        var height = rows.Count == 0 ? top + 40m : top + rows.Count * band + 6m;
        var (lo, hi) = Range(rows, layout);
        var step = NiceStep((hi - lo) / 4m);
        decimal X(decimal v) => PlotX + (v - lo) / (hi - lo) * PlotWidth;

        return Html.Fragment(html =>
        {
            html.Add($"<svg class=\"chart\" id=\"{id}\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\" viewBox=\"0 0 {Width} {height}\" width=\"{Width}\" height=\"{height}\" preserveAspectRatio=\"xMinYMin meet\">");
            html.Add($"<title id=\"{id}-title\">{title}</title><desc id=\"{id}-desc\">{Describe(series, rows, empty)}</desc>");
            if (series.Count > 1)
            {
                foreach (var (s, x, y) in legendItems)
                {
                    html.Add($"<g class=\"legend\"><rect class=\"{s.CssClass}\" x=\"{x}\" y=\"{y}\" width=\"12\" height=\"12\" rx=\"2\"/><text x=\"{x + 16m}\" y=\"{y + 10m}\">{s.Name}</text></g>");
                }
            }

            if (rows.Count == 0)
            {
                html.Add($"<text class=\"empty\" x=\"{PlotX}\" y=\"{top + 20m}\">{empty}</text></svg>");
                return;
            }

            // Grid and axis labels at round values, with the zero line drawn stronger.
            var bottom = top + rows.Count * band;
            for (var v = Math.Ceiling(lo / step) * step; v <= hi; v += step)
            {
                var x = X(v);
                html.Add($"<line class=\"{(v == 0m ? "zero" : "grid")}\" x1=\"{x}\" x2=\"{x}\" y1=\"{top - 4m}\" y2=\"{bottom}\"/>");
                html.Add($"<text class=\"tick\" x=\"{x}\" y=\"{top - 8m}\" text-anchor=\"middle\">{tick(v)}</text>");
            }

            for (var i = 0; i < rows.Count; i++)
            {
                var row = rows[i];
                var y = top + i * band;
                var middle = y + band / 2m;
                html.Add($"<g class=\"bar\"><title>{row.Label}: {row.ValueText}</title>");
                html.Add($"<text class=\"label\" x=\"{LabelWidth}\" y=\"{middle + 4m}\" text-anchor=\"end\">{Fit(row.Label, LabelWidth - 4m)}</text>");
                var from = 0m;
                for (var s = 0; s < series.Count; s++)
                {
                    var value = row.Values[s];
                    decimal barY, barHeight, start, end;
                    if (layout == ChartLayout.Stacked || series.Count == 1)
                    {
                        (barY, barHeight, start, end) = (y + 4m, band - 8m, from, from + value);
                        from += value;
                    }
                    else
                    {
                        (barY, barHeight, start, end) = (y + 5m + s * 12m, 11m, 0m, value);
                    }

                    var (left, right) = (X(Math.Min(start, end)), X(Math.Max(start, end)));
                    if (right > left || series.Count == 1 || layout == ChartLayout.Grouped)
                    {
                        html.Add($"<rect class=\"seg {series[s].CssClass}\" x=\"{left}\" y=\"{barY}\" width=\"{right - left}\" height=\"{barHeight}\"><title>{row.Label} · {series[s].Name}: {Value(value)}</title></rect>");
                    }
                }

                var extent = layout == ChartLayout.Stacked ? Math.Max(from, 0m) : Math.Max(row.Values.Max(), 0m);
                var valueX = Math.Max(X(extent), X(0m)) + 6m;
                html.Add($"<text class=\"value\" x=\"{Math.Min(valueX, PlotX + PlotWidth + 6m)}\" y=\"{middle + 4m}\">{row.ValueText}</text></g>");
            }

            html.Add($"</svg>");
        });
    }

    /// <summary>Where each legend entry goes: in a line from the plot's left edge, wrapping before the chart's edge.</summary>
    private static List<(ChartSeries Series, decimal X, decimal Y)> Legend(IReadOnlyList<ChartSeries> series)
    {
        var items = new List<(ChartSeries, decimal, decimal)>();
        var (x, y) = (PlotX, 6m);
        foreach (var s in series)
        {
            var width = 16m + TextWidth(s.Name) + 12m;
            if (x > PlotX && x + width > Width)
            {
                (x, y) = (PlotX, y + 18m);
            }

            items.Add((s, x, y));
            x += width;
        }

        return items;
    }

    /// <summary>The range the axis covers: always zero, and every row's extent.</summary>
    private static (decimal Lo, decimal Hi) Range(IReadOnlyList<ChartRow> rows, ChartLayout layout)
    {
        decimal lo = 0m, hi = 0m;
        foreach (var row in rows)
        {
            if (layout == ChartLayout.Stacked)
            {
                hi = Math.Max(hi, row.Values.Sum());
                lo = Math.Min(lo, row.Values.Sum());
            }
            else
            {
                hi = Math.Max(hi, row.Values.Max());
                lo = Math.Min(lo, row.Values.Min());
            }
        }

        var step = NiceStep((hi - lo) / 4m);
        var (from, to) = (Math.Floor(lo / step) * step, Math.Ceiling(hi / step) * step);
        return to > from ? (from, to) : (0m, 1m);
    }

    /// <summary>A round step near <paramref name="raw"/>: 1, 2, 2.5 or 5 times a power of ten, and at least 1.</summary>
    internal static decimal NiceStep(decimal raw)
    {
        if (raw <= 1m)
        {
            return 1m;
        }

        var power = 1m;
        while (power * 10m <= raw)
        {
            power *= 10m;
        }

        foreach (var m in new[] { 1m, 2m, 2.5m, 5m, 10m })
        {
            if (m * power >= raw)
            {
                return m * power;
            }
        }

        return 10m * power;
    }

    /// <summary>The whole chart as one sentence, for a screen reader and for a reader of the file.</summary>
    private static string Describe(IReadOnlyList<ChartSeries> series, IReadOnlyList<ChartRow> rows, string empty)
    {
        if (rows.Count == 0)
        {
            return empty;
        }

        var sb = new StringBuilder();
        foreach (var row in rows)
        {
            sb.Append(row.Label).Append(": ");
            if (series.Count == 1)
            {
                sb.Append(row.ValueText);
            }
            else
            {
                sb.AppendJoin(", ", series.Select((s, i) => $"{s.Name} {Value(row.Values[i])}"));
            }

            sb.Append("; ");
        }

        return sb.ToString().TrimEnd(' ', ';');
    }

    private static string Value(decimal v) => v == decimal.Truncate(v) ? CliApp.Money(v)[..^3] : CliApp.Money(v);

    /// <summary>The label cut with an ellipsis to fit the width (the full label is in the bar's title).</summary>
    private static string Fit(string label, decimal width)
    {
        if (TextWidth(label) <= width)
        {
            return label;
        }

        var sb = new StringBuilder();
        var used = TextWidth("…");
        foreach (var c in label)
        {
            var w = CharWidth(c);
            if (used + w > width)
            {
                break;
            }

            sb.Append(c);
            used += w;
        }

        return sb.Append('…').ToString();
    }

    /// <summary>An estimate of the width at 12px: CJK characters are square, others about half as wide.</summary>
    private static decimal TextWidth(string text) => text.Sum(CharWidth);

    private static decimal CharWidth(char c) => c >= '\u2E80' ? 12m : 6.8m;
}
