using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace ChongqingServicePolicy.Cli.Tests.Report;

/// <summary>Reads what a test needs back out of a written HTML report: cards, table rows and charts.</summary>
public sealed partial class ReportFile
{
    private ReportFile(string html) => Html = html;

    public string Html { get; }

    public static ReportFile Read(string path) => new(File.ReadAllText(path));

    /// <summary>The figure of a totals card, as a number.</summary>
    public decimal Card(string key)
    {
        var m = Regex.Match(Html, $"data-total=\"{Regex.Escape(key)}\"><span class=\"k\">[^<]*</span><span class=\"v\">([^<]*)<");
        m.Success.Should().BeTrue($"the report has a card '{key}'");
        return decimal.Parse(m.Groups[1].Value, NumberStyles.Number, CultureInfo.InvariantCulture);
    }

    /// <summary>The cells (as text) of the table rows with a data attribute, keyed by its value.</summary>
    public IReadOnlyDictionary<string, string[]> Rows(string attribute) =>
        Regex.Matches(Html, $"<tr[^>]* {attribute}=\"([^\"]*)\">(.*?)</tr>")
            .ToDictionary(m => WebUtility.HtmlDecode(m.Groups[1].Value), m => Cells(m.Groups[2].Value));

    /// <summary>Every chart's id and the number of bars (rows) it draws.</summary>
    public IReadOnlyDictionary<string, int> Charts() =>
        SvgPattern().Matches(Html).ToDictionary(m => m.Groups[1].Value, m => Regex.Count(m.Value, "<g class=\"bar\">"));

    /// <summary>The bars of one chart: each bar's title text (label: value).</summary>
    public IReadOnlyList<string> Bars(string chart)
    {
        var svg = SvgPattern().Matches(Html).Single(m => m.Groups[1].Value == chart).Value;
        return [.. Regex.Matches(svg, "<g class=\"bar\"><title>([^<]*)</title>").Select(m => WebUtility.HtmlDecode(m.Groups[1].Value))];
    }

    /// <summary>The section with an id, as markup.</summary>
    public string Section(string id)
    {
        var m = Regex.Match(Html, $"<section[^>]* id=\"{id}\">(.*?)</section>", RegexOptions.Singleline);
        m.Success.Should().BeTrue($"the report has a section '{id}'");
        return m.Groups[1].Value;
    }

    public static string[] Cells(string row) =>
        [.. Regex.Matches(row, "<t[dh][^>]*>(.*?)</t[dh]>", RegexOptions.Singleline).Select(m => WebUtility.HtmlDecode(Regex.Replace(m.Groups[1].Value, "<[^>]+>", " ").Trim()))];

    public static decimal Number(string cell) =>
        cell == "·" ? 0m : decimal.Parse(cell, NumberStyles.Number, CultureInfo.InvariantCulture);

    [GeneratedRegex("<svg class=\"chart\" id=\"([^\"]+)\".*?</svg>", RegexOptions.Singleline)]
    private static partial Regex SvgPattern();
}
