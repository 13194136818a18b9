using ChongqingServicePolicy.Domain;
using ChongqingServicePolicy.Parameters;

namespace ChongqingServicePolicy.Benchmarks.Peers;

/// <summary>The fact a rule matches: the record, the parameters it is decided under, and the award it receives.</summary>
/// <param name="record">The record.</param>
/// <param name="general">The general parameters.</param>
/// <param name="measure1">Measure 1's parameters, for a measure-1 case.</param>
/// <param name="measure2">Measure 2's parameters, for a measure-2 case.</param>
public sealed class MeasureCase(ApplicationRecord record, GeneralParameters general, Measure1Parameters? measure1, Measure2Parameters? measure2)
{
    /// <summary>The record.</summary>
    public ApplicationRecord Record { get; } = record;

    /// <summary>The general parameters.</summary>
    public GeneralParameters General { get; } = general;

    /// <summary>Measure 1's parameters.</summary>
    public Measure1Parameters? Measure1 { get; } = measure1;

    /// <summary>Measure 2's parameters.</summary>
    public Measure2Parameters? Measure2 { get; } = measure2;

    /// <summary>The award a rule set; 0 when none fired.</summary>
    public decimal AwardYuan { get; set; }
}

/// <summary>Sets a case's award from a rule action (expression trees cannot assign).</summary>
internal static class MeasureCaseExtensions
{
    internal static void SetAward(this MeasureCase c, decimal award) => c.AwardYuan = award;
}
