using System.Globalization;
using ChongqingServicePolicy.Catalogue;
using ChongqingServicePolicy.Csv;
using ChongqingServicePolicy.Decisions;
using ChongqingServicePolicy.Domain;

namespace ChongqingServicePolicy.Cli.Report;

/// <summary>
/// The report of <c>cqpolicy evaluate --report</c>: the totals, charts of payable by measure and by district and of
/// outcomes by measure, the applications needing review and the ineligible ones, each with what would change its
/// result, the invalid rows grouped by fault, the parameters and the validity note, in one self-contained HTML file
/// for a reader who will not open decisions.csv.
/// </summary>
internal static class EvaluationReport
{
    internal static readonly Outcome[] Outcomes = [Outcome.Eligible, Outcome.Ineligible, Outcome.NotApplicable, Outcome.NonMonetary, Outcome.NeedsReview, Outcome.Invalid];

    internal static void Write(Stream stream, BatchSummary summary, ReportCollector data, PolicyEngine engine, Language language)
    {
        var text = ReportText.For(language);
        var title = text.T("政策兑现判定报告", "Policy decisions report");
        ReportPage.Write(stream, text, title, html =>
        {
            Header(html, text, title, summary, engine);
            Totals(html, text, summary, data, engine);
            Charts(html, text, summary, data, engine);
            Review(html, text, data, engine);
            Ineligible(html, text, data, engine);
            Invalid(html, text, summary, data);
            html.Add($"<section class=\"page\" id=\"parameters\"><h2>{text.T("所用参数", "Parameters used")}</h2>\n");
            ReportPage.Parameters(html, text, engine.Parameters, Parameters.PolicyParameters.Default, text.T("默认值", "defaults"));
            html.Add($"</section>\n");
            ReportPage.Footer(html, text, summary.InputPath, summary.EncodingName, summary.OutputPath);
        });
    }

    private static void Header(Html html, ReportText text, string title, BatchSummary summary, PolicyEngine engine)
    {
        html.Add($"<header class=\"top\"><p class=\"policy\">{text.PolicyTitle}（{PolicyEngine.PolicyId}）</p><h1>{title}</h1>\n");
        html.Add($"<dl class=\"facts\"><dt>{text.T("申请文件", "applications file")}</dt><dd><code>{Path.GetFileName(summary.InputPath)}</code></dd>");
        html.Add($"<dt>{text.T("判定日", "decided as of")}</dt><dd>{ReportText.Date(summary.EvaluationDate)}</dd>");
        html.Add($"<dt>{text.T("参数", "parameters")}</dt><dd>{ParametersLine(text, engine)}</dd></dl></header>\n");
        ReportPage.Validity(html, text, engine.Parameters, summary.EvaluationDate);
    }

    private static string ParametersLine(ReportText text, PolicyEngine engine)
    {
        var differ = Parameters.PolicyParameters.Descriptors.Count(d => d.ValueJson(engine.Parameters) != d.DefaultJson);
        var fingerprint = engine.Parameters.Fingerprint[..12];
        return differ == 0
            ? text.T($"默认值（指纹 {fingerprint}…）", $"the defaults (fingerprint {fingerprint}…)")
            : text.T($"{differ} 项与默认值不同（指纹 {fingerprint}…，见“所用参数”）", $"{differ} differ from the defaults (fingerprint {fingerprint}…; see Parameters used)");
    }

    private static void Totals(Html html, ReportText text, BatchSummary summary, ReportCollector data, PolicyEngine engine)
    {
        var t = summary.Total;
        var yuan = text.T("元", "yuan");
        var rows = text.T("行", "rows");
        html.Add($"<section id=\"totals\"><h2>{text.T("总体情况", "Totals")}</h2>\n<div class=\"cards\">");
        ReportPage.Card(html, "applications", text.T("申请", "applications"), ReportText.Count(t.Rows), rows);
        ReportPage.Card(html, "eligible", text.T("符合条件", "eligible"), ReportText.Count(t.Eligible), rows);
        ReportPage.Card(html, "award", text.T("奖补上限合计", "award ceilings"), ReportText.Money(t.AwardYuan), yuan);
        ReportPage.Card(html, "payable", text.T("应付合计", "payable"), ReportText.Money(t.PayableYuan), yuan, "key");
        ReportPage.Card(html, "suppressed", text.T("因就高不重复压减", "reduced by 就高不重复"), ReportText.Count(t.Suppressed), rows);
        ReportPage.Card(html, "suppressed-yuan", text.T("就高不重复压减金额", "taken off by 就高不重复"), ReportText.Money(data.SuppressedYuan), yuan);
        ReportPage.Card(html, "needs-review", text.T("需人工审核", "needs review"), ReportText.Count(t.NeedsReview), rows);
        ReportPage.Card(html, "invalid", text.T("数据无效", "invalid"), ReportText.Count(t.Invalid), rows);
        html.Add($"</div>\n<p class=\"muted\">{text.T("奖补上限合计含需人工审核的行（审核通过时的金额）；应付合计只含符合条件的行，已按就高不重复压减。", "Award ceilings include rows needing review (what they would get if accepted); payable counts eligible rows only, after 就高不重复.")}</p>\n");

        html.Add($"<h3>{text.T("分措施汇总", "By measure")}</h3>\n<table class=\"measures\"><thead><tr><th>{text.T("措施", "measure")}</th>");
        foreach (var o in Outcomes)
        {
            html.Add($"<th class=\"n\">{text.OutcomeName(o)}</th>");
        }

        html.Add($"<th class=\"n\">{text.T("就高压减", "reduced")}</th><th class=\"n\">{text.T("奖补上限（元）", "award (yuan)")}</th><th class=\"n\">{text.T("应付（元）", "payable (yuan)")}</th></tr></thead><tbody>\n");
        foreach (var m in summary.Measures)
        {
            MeasureRow(html, m, Label(text, engine, m), "measure");
        }

        MeasureRow(html, t, text.T("合计", "total"), "total");
        html.Add($"</tbody></table>\n</section>\n");
    }

    private static void MeasureRow(Html html, MeasureSummary m, string label, string css)
    {
        html.Add($"<tr class=\"{css}\" data-measure=\"{m.Measure}\"><td>{label}</td>");
        foreach (var o in Outcomes)
        {
            html.Add($"<td class=\"n\">{Dot(m.Count(o))}</td>");
        }

        html.Add($"<td class=\"n\">{Dot(m.Suppressed)}</td><td class=\"n\">{ReportText.Money(m.AwardYuan)}</td><td class=\"n\">{ReportText.Money(m.PayableYuan)}</td></tr>\n");
    }

    private static string Dot(int n) => n == 0 ? "·" : ReportText.Count(n);

    private static string Label(ReportText text, PolicyEngine engine, MeasureSummary m) =>
        m.Id is { } id ? text.MeasureLabel(engine.Catalogue.Get(id)) : text.UnreadableMeasure;

    private static void Charts(Html html, ReportText text, BatchSummary summary, ReportCollector data, PolicyEngine engine)
    {
        html.Add($"<section class=\"page\" id=\"charts\"><h2>{text.T("图表", "Charts")}</h2>\n");
        var payable = new[] { new ChartSeries(text.T("应付", "payable"), "c-pay") };
        var monetary = summary.Measures.Where(m => m.Id is { } id && engine.Catalogue.Get(id).Kind != MeasureKind.NonMonetary).ToList();
        Figure(html, "chart-measure-payable", text.T("按措施的应付金额（元）", "Payable by measure (yuan)"), BarChart.Render(
            "chart-measure-payable", text.T("按措施的应付金额（元）", "Payable by measure (yuan)"), payable,
            [.. monetary.Select(m => new ChartRow(Label(text, engine, m), [m.PayableYuan], ReportText.WholeYuan(m.PayableYuan)))],
            ChartLayout.Stacked, text.AxisYuan, text.T("没有资金类措施的申请", "no application for a measure that pays")));

        var outcomes = Outcomes.Select(o => new ChartSeries(text.OutcomeName(o), "o-" + o.ToString().ToLowerInvariant())).ToList();
        Figure(html, "chart-measure-outcomes", text.T("按措施的判定结果（行数）", "Outcomes by measure (rows)"), BarChart.Render(
            "chart-measure-outcomes", text.T("按措施的判定结果（行数）", "Outcomes by measure (rows)"), outcomes,
            [.. summary.Measures.Select(m => new ChartRow(Label(text, engine, m), [.. Outcomes.Select(o => (decimal)m.Count(o))], ReportText.Count(m.Rows)))],
            ChartLayout.Stacked, ReportText.AxisCount, text.T("没有申请", "no application")));

        var districts = data.Districts;
        Figure(html, "chart-district-payable", text.T("按区县的应付金额（元）", "Payable by district (yuan)"), BarChart.Render(
            "chart-district-payable", text.T("按区县的应付金额（元）", "Payable by district (yuan)"), payable,
            [.. districts.Select(d => new ChartRow(text.DistrictLabel(d.Code, engine.Districts), [d.PayableYuan], ReportText.WholeYuan(d.PayableYuan)))],
            ChartLayout.Stacked, text.AxisYuan, text.T("没有申请", "no application")));
        html.Add($"<p class=\"muted\">{text.T($"区县按应付金额从高到低排列；名称取自区县代码表（GB/T 2260），共 {districts.Count} 个。", $"Districts by payable, highest first; names from the district registry (GB/T 2260); {districts.Count} in all.")}</p>\n");
        html.Add($"</section>\n");
    }

    private static void Figure(Html html, string id, string caption, SafeHtml chart) =>
        html.Add($"<figure data-chart=\"{id}\"><figcaption>{caption}</figcaption>{chart}</figure>\n");

    private static void Review(Html html, ReportText text, ReportCollector data, PolicyEngine engine)
    {
        if (data.ReviewRows == 0)
        {
            return;
        }

        html.Add($"<section class=\"page\" id=\"review\"><h2>{text.T($"需人工审核的申请（{ReportText.Count(data.ReviewRows)} 行）", $"Applications needing review ({ReportText.Count(data.ReviewRows)})")}</h2>\n");
        html.Add($"<table class=\"review\"><thead><tr><th class=\"n\">{text.T("行", "row")}</th><th>{text.T("申请编号", "application")}</th><th>{text.T("申请人", "applicant")}</th><th>{text.T("措施", "measure")}</th><th>{text.T("区县", "district")}</th><th class=\"n\">{text.T("通过时金额（元）", "if accepted (yuan)")}</th></tr></thead><tbody>\n");
        foreach (var r in data.Review)
        {
            html.Add($"<tr data-review=\"{r.ApplicationId}\"><td class=\"n\">{r.Row}</td><td>{r.ApplicationId}</td><td>{r.Applicant}</td><td>{r.Measure}</td><td>{text.DistrictLabel(r.District, engine.Districts)}</td><td class=\"n\">{ReportText.Money(r.AwardYuan)}</td></tr>\n");
            if (r.WhatWouldChange.Length > 0)
            {
                html.Add($"<tr class=\"detail\"><td></td><td class=\"change\" colspan=\"5\"><span class=\"k\">{WhatWouldChange(text)}</span>{r.WhatWouldChange}</td></tr>\n");
            }

            html.Add($"<tr><td></td><td class=\"x\" colspan=\"5\">{r.Explanation}</td></tr>\n");
        }

        html.Add($"</tbody></table>\n");
        if (data.ReviewRows > data.Review.Count)
        {
            html.Add($"<p class=\"muted\">{text.T($"仅列出前 {data.Review.Count} 行；其余见判定结果文件（outcome 为 NeedsReview）。", $"The first {data.Review.Count} are listed; the rest are in the decisions file (outcome NeedsReview).")}</p>\n");
        }

        html.Add($"</section>\n");
    }

    private static string WhatWouldChange(ReportText text) => text.T("改变结果所需：", "What would change the result: ");

    /// <summary>
    /// The first ineligible applications, each with the conditions it does not meet and what would change its result:
    /// the amount or growth that would qualify and how far the application is from it. A condition that is a yes/no
    /// fact has no distance; the unmet condition says what is missing.
    /// </summary>
    private static void Ineligible(Html html, ReportText text, ReportCollector data, PolicyEngine engine)
    {
        if (data.IneligibleRows == 0)
        {
            return;
        }

        html.Add($"<section class=\"page\" id=\"ineligible\"><h2>{text.T($"不符合条件的申请（{ReportText.Count(data.IneligibleRows)} 行）", $"Ineligible applications ({ReportText.Count(data.IneligibleRows)})")}</h2>\n");
        html.Add($"<table class=\"ineligible\"><thead><tr><th class=\"n\">{text.T("行", "row")}</th><th>{text.T("申请编号", "application")}</th><th>{text.T("申请人", "applicant")}</th><th>{text.T("措施", "measure")}</th><th>{text.T("区县", "district")}</th><th>{text.T("未满足的条件", "condition not met")}</th><th>{text.T("改变结果所需", "what would change the result")}</th></tr></thead><tbody>\n");
        foreach (var r in data.Ineligible)
        {
            var change = r.WhatWouldChange.Length > 0 ? r.WhatWouldChange : "—";
            html.Add($"<tr data-ineligible=\"{r.ApplicationId}\"><td class=\"n\">{r.Row}</td><td class=\"id\">{r.ApplicationId}</td><td>{r.Applicant}</td><td>{r.Measure}</td><td>{text.DistrictLabel(r.District, engine.Districts)}</td><td class=\"x\">{r.Unmet}<br><code class=\"nowrap\">{r.Reason}</code></td><td class=\"change\">{change}</td></tr>\n");
        }

        html.Add($"</tbody></table>\n");
        html.Add($"<p class=\"muted\">{text.T("“改变结果所需”给出使申请符合条件的最小金额（以分计）或增速及其差距；条件为是/否事实时，以未满足的条件为准。", "\"What would change the result\" gives the smallest amount (in fen) or growth that would qualify, and how far the application is from it; where the condition is a yes/no fact, the condition not met says what is missing.")}</p>\n");
        if (data.IneligibleRows > data.Ineligible.Count)
        {
            html.Add($"<p class=\"muted\">{text.T($"仅列出前 {data.Ineligible.Count} 行；其余见判定结果文件（outcome 为 Ineligible）。", $"The first {data.Ineligible.Count} are listed; the rest are in the decisions file (outcome Ineligible).")}</p>\n");
        }

        html.Add($"</section>\n");
    }

    /// <summary>The column's name as people read it, under its header name, when the two differ.</summary>
    private static SafeHtml FieldName(RecordField field, ReportText text)
    {
        var name = DecisionText.Name(field, text.Language);
        return name == field.ToColumnName() ? default : Html.Fragment(h => h.Add($"<br><span class=\"muted\">{name}</span>"));
    }

    private static void Invalid(Html html, ReportText text, BatchSummary summary, ReportCollector data)
    {
        html.Add($"<section id=\"invalid\"><h2>{text.T($"无效行（{ReportText.Count(summary.InvalidRows)} 行，按原因分组）", $"Invalid rows ({ReportText.Count(summary.InvalidRows)}), grouped by fault")}</h2>\n");
        if (summary.InvalidGroups.Length == 0)
        {
            html.Add($"<p>{text.T("没有无效行。", "No row is invalid.")}</p></section>\n");
            return;
        }

        html.Add($"<table class=\"invalid\"><thead><tr><th>{text.T("列", "column")}</th><th>{text.T("原因", "fault")}</th><th class=\"n\">{text.T("行数", "rows")}</th><th>{text.T("例如第几行", "e.g. rows")}</th><th>{text.T("示例", "example")}</th></tr></thead><tbody>\n");
        foreach (var g in summary.InvalidGroups)
        {
            var example = data.Example(g.Field, g.Code) is { } p ? DecisionText.Render(p, text.Language) : string.Empty;
            var first = string.Join(", ", g.FirstRows.Select(r => r.ToString(CultureInfo.InvariantCulture))) + (g.Rows > g.FirstRows.Length ? ", …" : string.Empty);
            html.Add($"<tr class=\"group\"><td><code>{g.Field.ToColumnName()}</code>{FieldName(g.Field, text)}</td><td><code class=\"nowrap\">{g.Code.ToCode()}</code></td><td class=\"n\">{ReportText.Count(g.Rows)}</td><td>{first}</td><td class=\"x\">{example}</td></tr>\n");
        }

        html.Add($"</tbody></table>\n<p class=\"muted\">{text.T("一行有两处错误时计入两组。", "A row with two faults is counted in both groups.")}</p>\n</section>\n");
    }
}
