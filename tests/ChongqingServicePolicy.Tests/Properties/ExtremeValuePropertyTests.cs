using ChongqingServicePolicy.Decisions;
using ChongqingServicePolicy.Districts;
using ChongqingServicePolicy.Domain;
using ChongqingServicePolicy.Tests.Support;
using CsCheck;
using NodaTime;
using NodaTime.Text;
using static ChongqingServicePolicy.Tests.Properties.Generators;

namespace ChongqingServicePolicy.Tests.Properties;

/// <summary>
/// Amounts and rates across the whole decimal range: a host may pass any value, and deciding, explaining, recording
/// and ranking must answer rather than overflow.
/// </summary>
public sealed class ExtremeValuePropertyTests
{
    private static readonly PolicyEngine Engine = Records.Engine();

    /// <summary>Any decimal, with the extremes weighted up.</summary>
    private static readonly Gen<decimal> AnyDecimal = Gen.Frequency(
        (3, (IGen<decimal>)Gen.Decimal),
        (1, Gen.OneOf(decimal.MaxValue, decimal.MinValue, decimal.MaxValue / 100m, (decimal.MaxValue / 100m) + 1m, -1m, 0m)));

    [Fact]
    public void Evaluate_AmountsAndRatesAcrossTheDecimalRange_DecidesExplainsAndRecords()
    {
        Gen.Select(AnyMeasure(DateInForce), AnyDecimal, AnyDecimal, Gen.Bool).Sample(
            (record, amount, rate, overridden) =>
            {
                var input = record with
                {
                    ApprovedInvestmentYuan = record.ApprovedInvestmentYuan is null ? null : Math.Abs(amount) / 2m,
                    TotalInvestmentYuan = record.TotalInvestmentYuan is null ? null : Math.Abs(amount),
                    EventActualInputYuan = record.EventActualInputYuan is null ? null : amount,
                    AnnualRevenueYuan = record.AnnualRevenueYuan is null ? null : amount,
                    RevenueGrowthRate = record.RevenueGrowthRate is null ? null : rate,
                    BuildingTier = null,
                    OverrideAmountYuan = overridden && record.Measure == MeasureId.Measure1 ? Math.Abs(amount) : null,
                    OverrideApprovalRef = overridden && record.Measure == MeasureId.Measure1 ? "渝府办〔2025〕1号" : null,
                };

                var decision = Engine.Evaluate(input);

                decision.AwardYuan.Should().BeGreaterThanOrEqualTo(0m);
                decision.Explain(Language.Chinese).Should().NotBeNullOrWhiteSpace();
                decision.Summarize(Language.English).Should().NotContain("\n");
                foreach (var step in decision.Trace)
                {
                    step.Left.Format(Language.English).Should().NotBeNull();
                    step.Result.Format(Language.Chinese).Should().NotBeNull();
                }

                var json = Engine.CreateRecord(input, decision, new LocalDate(2025, 6, 1)).ToJson();
                ChongqingServicePolicy.Audit.DecisionRecord.Parse(json).ToJson().Should().Be(json);
            },
            iter: Iterations);
    }

    [Fact]
    public void RankDistricts_GrowthAcrossTheDecimalRange_RanksWithScoresBetweenZeroAndOne()
    {
        var units = DistrictRegistry.Default.UnitsInForceOn(new LocalDate(2025, 12, 31));
        Gen.Select(AnyDecimal, Gen.Int[-1, int.MaxValue], Gen.Int[int.MinValue, int.MaxValue]).Array[2, units.Length].Sample(
            values =>
            {
                var rows = values.Select((v, i) => new DistrictStatistics(units[i].Code, 2025, v.Item2 < 0 ? 0 : v.Item2, v.Item3, Math.Max(v.Item1, -1m))).ToList();

                var ranking = Engine.RankDistricts(2025, rows);

                ranking.Entries.Should().HaveCount(rows.Count);
                ranking.Entries.All(e => e.Score >= 0m && e.Score <= 1m).Should().BeTrue("scores are normalised");
                ranking.Entries.All(e => e.Explain(Language.English).Length > 0).Should().BeTrue();
            },
            iter: Iterations);
    }

    [Fact]
    public void TraceValue_AnyIsoDate_RoundTripsAndEvaluateExplainsIt()
    {
        var min = LocalDate.MinIsoValue;
        var days = Period.Between(min, LocalDate.MaxIsoValue, PeriodUnits.Days).Days;
        Gen.Frequency(
            (3, (IGen<LocalDate>)Gen.Int[0, days].Select(d => min.PlusDays(d))),
            (1, Gen.OneOf(LocalDate.MinIsoValue, LocalDate.MaxIsoValue, new LocalDate(0, 1, 1), new LocalDate(-1, 12, 31), new LocalDate(1, 1, 1))))
            .Sample(
                date =>
                {
                    TraceValue.Date(date).AsDate().Should().Be(date);
                    var decision = Engine.Evaluate(Records.Measure1() with { ApplicationDate = date });
                    decision.Outcome.Should().Be(date < ValidFrom || date > ValidTo ? Outcome.NotApplicable : Outcome.Eligible);
                    decision.Explain(Language.English).Should().Contain(LocalDatePattern.Iso.Format(date));
                },
                iter: Iterations);
    }

    [Fact]
    public void TraceValue_RateBeyondAHundredthOfDecimalMax_RendersItsExactPercentage()
    {
        TraceValue.Rate(decimal.MaxValue).Format(Language.English).Should().Be("7922816251426433759354395033500%");
        TraceValue.Rate(decimal.MinValue).Format(Language.Chinese).Should().Be("-7922816251426433759354395033500%");
        TraceValue.Rate(0.155m).Format(Language.English).Should().Be("15.5%");
    }
}
