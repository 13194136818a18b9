using ChongqingServicePolicy.Decisions;

namespace ChongqingServicePolicy.Cli.Compare;

/// <summary>A row whose outcome or payable amount differs between the two parameter sets.</summary>
/// <param name="Row">The spreadsheet row.</param>
/// <param name="ApplicationId">The application id as given.</param>
/// <param name="Measure">The measure as decisions.csv writes it.</param>
/// <param name="BaselineOutcome">The outcome under the baseline.</param>
/// <param name="BaselinePayableYuan">What is payable under the baseline.</param>
/// <param name="AlternativeOutcome">The outcome under the alternative.</param>
/// <param name="AlternativePayableYuan">What is payable under the alternative.</param>
internal sealed record ChangedRecord(int Row, string ApplicationId, string Measure, Outcome BaselineOutcome, decimal BaselinePayableYuan, Outcome AlternativeOutcome, decimal AlternativePayableYuan)
{
    /// <summary>The alternative's payable less the baseline's.</summary>
    internal decimal DifferenceYuan => AlternativePayableYuan - BaselinePayableYuan;
}
