using System.Text;
using ChongqingServicePolicy.Csv;
using ChongqingServicePolicy.Parameters;

namespace ChongqingServicePolicy.Cli.Report;

/// <summary>
/// The frame every report shares: one HTML file with its style sheet inline and nothing fetched (no script, font
/// or image from anywhere), laid out for a screen and for A4 paper; and the parts both reports show.
/// </summary>
internal static class ReportPage
{
    /// <summary>The style sheet. Fonts are the reader's own; charts keep their colours when printed.</summary>
    private const string Style = """
        :root { --ink: #1f2933; --muted: #52606d; --line: #d9e2ec; --soft: #f0f4f8; --accent: #0b4f8a; }
        * { box-sizing: border-box; }
        html { background: #e9edf2; }
        body { margin: 0; color: var(--ink); font: 14px/1.55 "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "Helvetica Neue", Arial, sans-serif; }
        main { max-width: 920px; margin: 24px auto; padding: 36px 44px 44px; background: #fff; box-shadow: 0 1px 4px rgba(0,0,0,.12); }
        header.top { border-bottom: 3px solid var(--accent); padding-bottom: 14px; }
        header.top .policy { color: var(--accent); font-size: 13px; letter-spacing: .02em; margin: 0; }
        h1 { font-size: 26px; margin: 4px 0 6px; }
        h2 { font-size: 18px; margin: 0 0 12px; padding-bottom: 4px; border-bottom: 1px solid var(--line); color: var(--accent); }
        h3 { font-size: 15px; margin: 18px 0 8px; }
        dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 2px 14px; margin: 10px 0 0; font-size: 13px; }
        dl.facts dt { color: var(--muted); }
        dl.facts dd { margin: 0; overflow-wrap: anywhere; }
        section { margin-top: 30px; }
        .cards { display: grid; grid-template-columns: repeat(4, 1fr); gap: 10px; }
        .card { border: 1px solid var(--line); border-radius: 6px; padding: 10px 12px; background: #fff; }
        .card .k { display: block; font-size: 12px; color: var(--muted); }
        .card .v { display: block; font-size: 20px; font-weight: 600; font-variant-numeric: tabular-nums; white-space: nowrap; }
        .card .u { font-size: 12px; color: var(--muted); font-weight: 400; }
        .card.key { border-color: var(--accent); background: var(--soft); }
        .card.up .v { color: #a5391b; } .card.down .v { color: #1d6b3a; }
        table { border-collapse: collapse; width: 100%; font-size: 12px; margin: 8px 0; }
        th, td { border-bottom: 1px solid var(--line); padding: 4px 6px; text-align: left; vertical-align: top; }
        th { background: var(--soft); font-weight: 600; }
        .n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        th.n { white-space: normal; word-break: keep-all; }
        .pv { text-align: right; overflow-wrap: anywhere; }
        table.measures td:first-child, table.impact-counts td:first-child, table.impact-amounts td:first-child { min-width: 11em; }
        tr.total td { font-weight: 600; border-top: 2px solid var(--ink); }
        tr.changed td { background: #fff6e0; }
        td.x { font-size: 11px; color: var(--muted); }
        td.change { font-size: 11.5px; } td.change .k { font-weight: 600; margin-right: 4px; }
        table.ineligible td.change { min-width: 16em; } td.id { white-space: nowrap; }
        tr.detail td { border-bottom: none; padding-top: 0; }
        code { font-family: "Noto Sans Mono CJK SC", Consolas, "DejaVu Sans Mono", monospace; font-size: 11.5px; overflow-wrap: anywhere; }
        code.nowrap, table.parameters td:first-child code, table.differ td:first-child code, table.invalid td:first-child code { white-space: nowrap; overflow-wrap: normal; }
        figure { margin: 18px 0 8px; break-inside: avoid; page-break-inside: avoid; }
        figcaption { font-weight: 600; margin-bottom: 4px; }
        svg.chart { display: block; width: 100%; height: auto; }
        svg.chart text { font-size: 12px; fill: var(--ink); }
        svg.chart .tick { font-size: 11px; fill: var(--muted); }
        svg.chart .value { font-variant-numeric: tabular-nums; }
        svg.chart .grid { stroke: #e4e8ee; stroke-width: 1; }
        svg.chart .zero { stroke: #7b8794; stroke-width: 1; }
        svg.chart .empty { fill: var(--muted); }
        .c-pay { fill: #1f6fb2; } .c-base { fill: #9fb3c8; } .c-alt { fill: #d9822b; } .c-up { fill: #c0562f; } .c-down { fill: #2f8f57; }
        .o-eligible { fill: #2f8f57; } .o-ineligible { fill: #c0562f; } .o-notapplicable { fill: #b0bac5; }
        .o-nonmonetary { fill: #6b7fd7; } .o-needsreview { fill: #e3a21a; } .o-invalid { fill: #8e2c48; }
        .note { background: var(--soft); border-left: 4px solid var(--accent); padding: 8px 12px; margin: 12px 0; font-size: 13px; }
        .warn { border-left-color: #c0562f; }
        .muted { color: var(--muted); font-size: 12px; }
        footer { margin-top: 36px; padding-top: 10px; border-top: 1px solid var(--line); color: var(--muted); font-size: 12px; }
        details summary { cursor: pointer; color: var(--accent); }
        pre { white-space: pre-wrap; overflow-wrap: anywhere; background: var(--soft); padding: 8px; font-size: 11px; }
        @page { size: A4; margin: 14mm 12mm 16mm; }
        @media print {
          html, body { background: #fff; }
          body { font-size: 10pt; }
          table { font-size: 8pt; }
          main { max-width: none; margin: 0; padding: 0; box-shadow: none; }
          section.page { break-before: page; page-break-before: always; }
          h2, h3, figcaption { break-after: avoid; page-break-after: avoid; }
          tr, .card, .note { break-inside: avoid; page-break-inside: avoid; }
          thead { display: table-header-group; }
          details { display: none; }
          * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        }
        @media (max-width: 700px) { main { padding: 18px; } .cards { grid-template-columns: repeat(2, 1fr); } }
        """;

    /// <summary>Writes a whole report to a stream as UTF-8.</summary>
    internal static void Write(Stream stream, ReportText text, string title, Action<Html> body)
    {
        var html = new Html();
        html.Add($"<!DOCTYPE html>\n<html lang=\"{text.HtmlLang}\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Add($"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.Add($"<meta name=\"generator\" content=\"cqpolicy\">\n<title>{title}</title>\n<style>\n");
        html.Builder.Append(Style).Append("\n</style>\n</head>\n<body>\n<main>\n");
        body(html);
        html.Add($"</main>\n</body>\n</html>\n");
        var bytes = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(html.ToString());
        stream.Write(bytes);
    }

    /// <summary>The validity note, warning when the day of the run is outside the policy's period.</summary>
    internal static void Validity(Html html, ReportText text, PolicyParameters parameters, NodaTime.LocalDate evaluated)
    {
        html.Add($"<p class=\"note\">{text.Validity(parameters.General.Validity, evaluated)}</p>\n");
        if (!parameters.General.IsInForceOn(evaluated))
        {
            html.Add($"<p class=\"note warn\">{text.OutsideValidity(evaluated)}</p>\n");
        }
    }

    /// <summary>A card of the totals: a name, a figure and its unit.</summary>
    internal static void Card(Html html, string key, string name, string value, string unit, string css = "")
    {
        html.Add($"<div class=\"card {css}\" data-total=\"{key}\"><span class=\"k\">{name}</span><span class=\"v\">{value}<span class=\"u\"> {unit}</span></span></div>");
    }

    /// <summary>
    /// The parameters of a set: its fingerprint, those that differ from <paramref name="reference"/> (the defaults,
    /// or a comparison's baseline), then every parameter with its value, the reference value and its source.
    /// </summary>
    internal static void Parameters(Html html, ReportText text, PolicyParameters parameters, PolicyParameters reference, string referenceName, bool all = true)
    {
        var differ = PolicyParameters.Descriptors.Where(d => d.ValueJson(parameters) != d.ValueJson(reference)).ToList();
        html.Add($"<dl class=\"facts\"><dt>{text.T("参数指纹（SHA-256）", "parameter fingerprint (SHA-256)")}</dt><dd><code>{parameters.Fingerprint}</code></dd></dl>\n");
        if (differ.Count == 0)
        {
            html.Add($"<p>{text.T($"全部参数与{referenceName}相同。", $"Every parameter is the same as the {referenceName}.")}</p>\n");
        }
        else
        {
            html.Add($"<h3>{text.T($"与{referenceName}不同的参数（{differ.Count} 项）", $"Parameters that differ from the {referenceName} ({differ.Count})")}</h3>\n");
            html.Add($"<table class=\"differ\"><thead><tr><th>{text.T("参数", "parameter")}</th><th class=\"pv\">{text.T("本次取值", "value")}</th><th class=\"pv\">{referenceName}</th><th>{text.T("依据", "source")}</th></tr></thead><tbody>\n");
            foreach (var d in differ)
            {
                html.Add($"<tr class=\"changed\"><td><code>{d.Path}</code></td><td class=\"pv\"><code>{d.ValueJson(parameters)}</code></td><td class=\"pv\"><code>{d.ValueJson(reference)}</code></td><td class=\"x\">{Source(text, d)}</td></tr>\n");
            }

            html.Add($"</tbody></table>\n");
        }

        if (!all)
        {
            return;
        }

        html.Add($"<h3>{text.T("全部参数", "All parameters")}</h3>\n");
        html.Add($"<table class=\"parameters\"><thead><tr><th>{text.T("参数", "parameter")}</th><th class=\"pv\">{text.T("本次取值", "value")}</th><th class=\"pv\">{text.T("默认值", "default")}</th><th>{text.T("依据", "source")}</th></tr></thead><tbody>\n");
        foreach (var d in PolicyParameters.Descriptors)
        {
            var changed = d.ValueJson(parameters) != d.DefaultJson;
            html.Add($"<tr class=\"{(changed ? "changed" : "same")}\"><td><code>{d.Path}</code></td><td class=\"pv\"><code>{d.ValueJson(parameters)}</code></td><td class=\"pv\"><code>{d.DefaultJson}</code></td><td class=\"x\">{Source(text, d)}</td></tr>\n");
        }

        html.Add($"</tbody></table>\n");
        html.Add($"<details><summary>{text.T("参数文件（JSON，可用 --parameters 重现本次结果）", "The parameters as a file (JSON; give it to --parameters to reproduce this run)")}</summary><pre>{parameters.ToJson(indented: true)}</pre></details>\n");
    }

    private static string Source(ReportText text, ParameterDescriptor d) =>
        (d.IsInterpretation ? text.T("解释：", "interpretation: ") : text.T("条文：", "text: ")) + d.Reference;

    /// <summary>The closing line: which program and files made the report.</summary>
    internal static void Footer(Html html, ReportText text, string inputPath, string encoding, string? decisionsPath)
    {
        html.Add($"<footer>{text.T("由 cqpolicy 生成。金额单位为元，按 X4 向下取整到分。", "Made by cqpolicy. Amounts are in yuan, rounded down to the fen (X4).")} ");
        html.Add($"{text.T("输入", "Input")}: <code>{Path.GetFileName(inputPath)}</code> ({encoding}).");
        if (decisionsPath is not null)
        {
            html.Add($" {text.T("每行判定见", "Every row's decision is in")} <code>{Path.GetFileName(decisionsPath)}</code>.");
        }

        html.Add($"</footer>\n");
    }
}
