namespace ChongqingServicePolicy.Cli.Report;

/// <summary>One series of a chart: its name (for the legend) and the CSS class that colours it.</summary>
internal sealed record ChartSeries(string Name, string CssClass);
