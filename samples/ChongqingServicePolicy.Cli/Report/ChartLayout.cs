namespace ChongqingServicePolicy.Cli.Report;

/// <summary>How a chart with several series draws a row.</summary>
internal enum ChartLayout
{
    /// <summary>Each series a segment of one bar, end to end.</summary>
    Stacked,

    /// <summary>Each series its own thin bar, one under the other.</summary>
    Grouped,
}
