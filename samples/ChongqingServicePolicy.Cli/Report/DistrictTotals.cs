namespace ChongqingServicePolicy.Cli.Report;

/// <summary>The rows of one district in a run, and what is payable to them.</summary>
/// <param name="Code">The GB/T 2260 code, or <see cref="Unknown"/> or <see cref="Unreadable"/>.</param>
/// <param name="Rows">Rows naming the district.</param>
/// <param name="Eligible">Of them, rows eligible.</param>
/// <param name="PayableYuan">The sum payable.</param>
internal sealed record DistrictTotals(int Code, int Rows, int Eligible, decimal PayableYuan)
{
    /// <summary>Rows whose district code is not one of the registry's: counted together, so the totals stay small.</summary>
    internal const int Unknown = -1;

    /// <summary>Rows whose district code could not be read.</summary>
    internal const int Unreadable = 0;
}
