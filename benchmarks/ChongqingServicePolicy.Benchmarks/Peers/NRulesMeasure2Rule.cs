using ChongqingServicePolicy.Domain;
using NRules.Fluent.Dsl;

namespace ChongqingServicePolicy.Benchmarks.Peers;

/// <summary>（二）: a listed field, approved investment above the threshold, min(20%, cap), down to the fen.</summary>
public sealed class NRulesMeasure2Rule : Rule
{
    /// <inheritdoc/>
    public override void Define()
    {
        MeasureCase c = null!;
        When().Match(
            () => c,
            x => x.Measure2 != null,
            x => x.Record.ApplicationDate >= x.General.ValidFrom && x.Record.ApplicationDate <= x.General.ValidTo,
            x => x.Record.PlatformField != PlatformField.Other,
            x => x.Record.ApprovedInvestmentYuan > x.Measure2!.InvestmentThresholdYuan);
        Then().Do(_ => c.SetAward(Math.Floor(Math.Min(c.Measure2!.Rate * c.Record.ApprovedInvestmentYuan!.Value, c.Measure2.CapYuan) * 100m) / 100m));
    }
}
