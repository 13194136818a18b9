using System.Collections.Immutable;

namespace ChongqingServicePolicy.Cli.Report;

/// <summary>One row of a chart: a label, one value per series, and the text shown after the bar.</summary>
internal sealed record ChartRow(string Label, ImmutableArray<decimal> Values, string ValueText);
