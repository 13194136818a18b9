using ChongqingServicePolicy.Domain;
using NRules.Fluent.Dsl;

namespace ChongqingServicePolicy.Benchmarks.Peers;

/// <summary>（一）: producer service, approved investment above 0, min(rate, 10% of total, cap), down to the fen.</summary>
public sealed class NRulesMeasure1Rule : Rule
{
    /// <inheritdoc/>
    public override void Define()
    {
        MeasureCase c = null!;
        When().Match(
            () => c,
            x => x.Measure1 != null,
            x => x.Record.ApplicationDate >= x.General.ValidFrom && x.Record.ApplicationDate <= x.General.ValidTo,
            x => x.Record.ProducerService == true,
            x => x.Record.ApprovedInvestmentYuan > 0m);
        Then().Do(_ => c.SetAward(Math.Floor(Math.Min(
            Math.Min(c.Measure1!.Rate * c.Record.ApprovedInvestmentYuan!.Value, c.Measure1.TotalInvestmentRatioCap * c.Record.TotalInvestmentYuan!.Value),
            c.Record.MajorProjectApproved == true ? c.Measure1.MajorProjectCapYuan : c.Measure1.CapYuan) * 100m) / 100m));
    }
}
