using ChongqingServicePolicy.Catalogue;
using ChongqingServicePolicy.Cli.Compare;
using ChongqingServicePolicy.Decisions;
using ChongqingServicePolicy.Parameters;

namespace ChongqingServicePolicy.Cli.Report;

/// <summary>
/// The report of <c>cqpolicy compare --report</c>: the budget impact of a change of parameters, per measure and in
/// total, with the changed parameters, charts of payable under each set and of the difference, and the rows that
/// change most, in one self-contained HTML file.
/// </summary>
internal static class ImpactReport
{
    internal static void Write(Stream stream, Comparison c, PolicyParameters baseline, PolicyParameters alternative, string? baselineFile, string alternativeFile, Language language)
    {
        var text = ReportText.For(language);
        var title = text.T("参数调整的预算影响测算", "Budget impact of a change of parameters");
        var baseName = baselineFile is null ? text.T("内置参数", "built-in parameters") : Path.GetFileName(baselineFile);
        var t = c.Total;
        ReportPage.Write(stream, text, title, html =>
        {
            html.Add($"<header class=\"top\"><p class=\"policy\">{text.PolicyTitle}（{PolicyEngine.PolicyId}）</p><h1>{title}</h1>\n");
            html.Add($"<dl class=\"facts\"><dt>{text.T("申请文件", "applications file")}</dt><dd><code>{Path.GetFileName(c.Baseline.InputPath)}</code></dd>");
            html.Add($"<dt>{text.T("判定日", "decided as of")}</dt><dd>{ReportText.Date(c.Baseline.EvaluationDate)}</dd>");
            html.Add($"<dt>{text.T("基准", "baseline")}</dt><dd>{baseName} <span class=\"muted\">{text.T("指纹", "fingerprint")} <code>{baseline.Fingerprint}</code></span></dd>");
            html.Add($"<dt>{text.T("调整后", "alternative")}</dt><dd><code>{Path.GetFileName(alternativeFile)}</code> <span class=\"muted\">{text.T("指纹", "fingerprint")} <code>{alternative.Fingerprint}</code></span></dd></dl></header>\n");
            ReportPage.Validity(html, text, baseline, c.Baseline.EvaluationDate);

            var yuan = text.T("元", "yuan");
            html.Add($"<section id=\"impact\"><h2>{text.T("预算影响", "Budget impact")}</h2>\n<div class=\"cards\">");
            ReportPage.Card(html, "baseline-payable", text.T("应付合计（基准）", "payable, baseline"), ReportText.Money(t.Baseline.PayableYuan), yuan);
            ReportPage.Card(html, "alternative-payable", text.T("应付合计（调整后）", "payable, alternative"), ReportText.Money(t.Alternative.PayableYuan), yuan);
            ReportPage.Card(html, "difference", text.T("预算影响", "budget impact"), CompareCommand.Signed(t.PayableDifferenceYuan), yuan, t.PayableDifferenceYuan > 0 ? "key up" : t.PayableDifferenceYuan < 0 ? "key down" : "key");
            ReportPage.Card(html, "changed", text.T("结果或金额变化的申请", "applications changed"), ReportText.Count(t.ChangedRows), text.T("行", "rows"));
            html.Add($"</div>\n");
            ReportPage.Parameters(html, text, alternative, baseline, text.T("基准", "baseline"), all: false);

            // Measures that give no money and come out the same under both sets are left out of the tables.
            var listed = c.Measures.Where(m => m.Baseline.Id is not { } id || MeasureCatalogue.Default.Get(id).Kind != MeasureKind.NonMonetary || m.ChangedRows > 0 || m.Baseline != m.Alternative).ToList();
            var monetary = c.Measures.Where(m => m.Baseline.Id is { } id && MeasureCatalogue.Default.Get(id).Kind != MeasureKind.NonMonetary).ToList();
            string Label(MeasureImpact m) => m.Baseline.Id is { } id ? text.MeasureLabel(MeasureCatalogue.Default.Get(id)) : text.UnreadableMeasure;
            html.Add($"<h3>{text.T("分措施：符合条件的行数", "By measure: eligible rows")}</h3>\n<table class=\"impact-counts\"><thead><tr><th>{text.T("措施", "measure")}</th>");
            foreach (var h in new[] { text.T("基准", "baseline"), text.T("调整后", "alternative"), text.T("差额", "difference"), text.T("结果或金额变化的行", "rows changed") })
            {
                html.Add($"<th class=\"n\">{h}</th>");
            }

            html.Add($"</tr></thead><tbody>\n");
            foreach (var m in listed.Append(t))
            {
                var total = ReferenceEquals(m, t);
                html.Add($"<tr class=\"{(total ? "total" : m.ChangedRows > 0 ? "changed" : "measure")}\" data-measure=\"{(total ? "total" : m.Measure)}\"><td>{(total ? text.T("合计", "total") : Label(m))}</td>");
                html.Add($"<td class=\"n\">{ReportText.Count(m.Baseline.Eligible)}</td><td class=\"n\">{ReportText.Count(m.Alternative.Eligible)}</td>");
                html.Add($"<td class=\"n\">{CompareCommand.Signed(m.EligibleDifference)}</td><td class=\"n\">{ReportText.Count(m.ChangedRows)}</td></tr>\n");
            }

            html.Add($"</tbody></table>\n");
            html.Add($"<h3>{text.T("分措施：金额（元）", "By measure: amounts (yuan)")}</h3>\n<table class=\"impact-amounts\"><thead><tr><th>{text.T("措施", "measure")}</th>");
            foreach (var h in new[]
            {
                text.T("奖补上限（基准）", "award, baseline"), text.T("奖补上限（调整后）", "award, alternative"),
                text.T("应付（基准）", "payable, baseline"), text.T("应付（调整后）", "payable, alternative"), text.T("应付差额", "payable difference"),
            })
            {
                html.Add($"<th class=\"n\">{h}</th>");
            }

            html.Add($"</tr></thead><tbody>\n");
            foreach (var m in listed.Append(t))
            {
                var total = ReferenceEquals(m, t);
                html.Add($"<tr class=\"{(total ? "total" : m.ChangedRows > 0 ? "changed" : "measure")}\" data-amounts=\"{(total ? "total" : m.Measure)}\"><td>{(total ? text.T("合计", "total") : Label(m))}</td>");
                html.Add($"<td class=\"n\">{ReportText.Money(m.Baseline.AwardYuan)}</td><td class=\"n\">{ReportText.Money(m.Alternative.AwardYuan)}</td>");
                html.Add($"<td class=\"n\">{ReportText.Money(m.Baseline.PayableYuan)}</td><td class=\"n\">{ReportText.Money(m.Alternative.PayableYuan)}</td>");
                html.Add($"<td class=\"n\">{CompareCommand.Signed(m.PayableDifferenceYuan)}</td></tr>\n");
            }

            var omitted = c.Measures.Length - listed.Count;
            html.Add($"</tbody></table>\n");
            if (omitted > 0)
            {
                html.Add($"<p class=\"muted\">{text.T($"另有 {omitted} 项非资金类措施在两组参数下结果相同，未列出；合计含全部行。", $"{omitted} non-monetary measures with the same results under both sets are not listed; the totals cover every row.")}</p>\n");
            }

            html.Add($"</section>\n");
            html.Add($"<section class=\"page\" id=\"charts\"><h2>{text.T("图表", "Charts")}</h2>\n");
            var both = new[] { new ChartSeries(text.T("基准", "baseline"), "c-base"), new ChartSeries(text.T("调整后", "alternative"), "c-alt") };
            var caption = text.T("按措施的应付金额：基准与调整后（元）", "Payable by measure, baseline and alternative (yuan)");
            html.Add($"<figure data-chart=\"chart-impact-payable\"><figcaption>{caption}</figcaption>{BarChart.Render(
                "chart-impact-payable", caption, both,
                [.. monetary.Select(m => new ChartRow(Label(m), [m.Baseline.PayableYuan, m.Alternative.PayableYuan], ReportText.WholeYuan(m.Alternative.PayableYuan)))],
                ChartLayout.Grouped, text.AxisYuan, text.T("没有资金类措施的申请", "no application for a measure that pays"))}</figure>\n");
            caption = text.T("按措施的应付差额（调整后减基准，元）", "Payable difference by measure (alternative less baseline, yuan)");
            html.Add($"<figure data-chart=\"chart-impact-difference\"><figcaption>{caption}</figcaption>{BarChart.Render(
                "chart-impact-difference", caption, [new ChartSeries(text.T("差额", "difference"), "c-alt")],
                [.. monetary.Select(m => new ChartRow(Label(m), [m.PayableDifferenceYuan], Signed(m.PayableDifferenceYuan)))],
                ChartLayout.Stacked, text.AxisYuan, text.T("没有资金类措施的申请", "no application for a measure that pays"))}</figure>\n");
            html.Add($"</section>\n");

            html.Add($"<section class=\"page\" id=\"changed\"><h2>{text.T($"变化的申请（{ReportText.Count(t.ChangedRows)} 条，其中结果变化 {ReportText.Count(c.OutcomeChanged)} 条）", $"Applications that change ({ReportText.Count(t.ChangedRows)}; {ReportText.Count(c.OutcomeChanged)} change outcome)")}</h2>\n");
            if (c.Largest.Length == 0)
            {
                html.Add($"<p>{text.T("没有申请的结果或应付金额发生变化。", "No application changes outcome or payable amount.")}</p>\n");
            }
            else
            {
                html.Add($"<table class=\"changed\"><thead><tr><th class=\"n\">{text.T("行", "row")}</th><th>{text.T("申请编号", "application")}</th><th>{text.T("措施", "measure")}</th><th>{text.T("结果（基准）", "outcome, baseline")}</th><th class=\"n\">{text.T("应付（基准）", "payable, baseline")}</th><th>{text.T("结果（调整后）", "outcome, alternative")}</th><th class=\"n\">{text.T("应付（调整后）", "payable, alternative")}</th><th class=\"n\">{text.T("差额", "difference")}</th></tr></thead><tbody>\n");
                foreach (var r in c.Largest)
                {
                    html.Add($"<tr data-row=\"{r.Row}\"><td class=\"n\">{r.Row}</td><td>{r.ApplicationId}</td><td>{r.Measure}</td><td>{text.OutcomeName(r.BaselineOutcome)}</td><td class=\"n\">{ReportText.Money(r.BaselinePayableYuan)}</td><td>{text.OutcomeName(r.AlternativeOutcome)}</td><td class=\"n\">{ReportText.Money(r.AlternativePayableYuan)}</td><td class=\"n\">{CompareCommand.Signed(r.DifferenceYuan)}</td></tr>\n");
                }

                html.Add($"</tbody></table>\n<p class=\"muted\">{text.T($"按差额绝对值从大到小列出前 {c.Largest.Length} 条；全部变化见 impact.csv。", $"The {c.Largest.Length} largest differences; impact.csv has every changed application.")}</p>\n");
            }

            html.Add($"</section>\n");
            ReportPage.Footer(html, text, c.Baseline.InputPath, c.Baseline.EncodingName, null);
        });
    }

    private static string Signed(decimal yuan) => (yuan > 0 ? "+" : string.Empty) + ReportText.WholeYuan(yuan);
}
