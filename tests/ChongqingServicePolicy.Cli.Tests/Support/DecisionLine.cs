namespace ChongqingServicePolicy.Cli.Tests.Support;

/// <summary>A decisions.csv row read back with Sep, cells unescaped as a spreadsheet would see them.</summary>
public sealed record DecisionLine(string ApplicationId, string Measure, string Outcome, string AwardYuan, string PayableYuan, string Reason, string Explanation);
