using ChongqingServicePolicy.Catalogue;
using ChongqingServicePolicy.Decisions;
using ChongqingServicePolicy.Domain;
using ChongqingServicePolicy.Parameters;
using ChongqingServicePolicy.Ranking;
using ChongqingServicePolicy.Tests.Support;
using NodaTime;

namespace ChongqingServicePolicy.Tests.Ranking;

/// <summary>
/// Measure （六）'s trace, step by step and whole (code, clause, field, both flags, all three values): rule X1 on the
/// year's reference day, the composite score, then the rank's award, the score of the district last in the next band up,
/// or a tie across a band boundary.
/// </summary>
public sealed class Measure06TraceStepTests
{
    private static readonly LocalDate ValidFrom = new(2024, 11, 19);
    private static readonly LocalDate ValidTo = new(2027, 12, 31);

    private readonly PolicyEngine _engine = Records.Engine();

    private int[] Codes(int year) => _engine.Districts.UnitsInForceOn(new LocalDate(year, 12, 31)).Select(u => u.Code).ToArray();

    /// <summary>Rows in which the code at position i ranks i + 1, every indicator falling with the position.</summary>
    private static List<DistrictStatistics> Ordered(IReadOnlyList<int> codes, int year = 2025) =>
        codes.Select((code, i) => Row(code, 100 - i, year)).ToList();

    private static DistrictStatistics Row(int code, int value, int year = 2025) => new(code, year, value, value - 20, (value - 10) / 100m);

    private static TraceStep Validity(bool inForce, int year) =>
        new(TraceCode.ValidityWindow, PolicyClause.Validity, RecordField.Year, inForce, false,
            TraceValue.Date(new LocalDate(year, 12, 31)), TraceValue.Date(ValidFrom), TraceValue.Date(ValidTo));

    private static TraceStep Composite(decimal score) =>
        new(TraceCode.CompositeScore, PolicyClause.Measure6, RecordField.Record, true, false, default, default, TraceValue.Of(score, ValueUnit.Score));

    private static TraceStep RankAward(bool awarded, int rank, int bandLast, decimal award) =>
        new(TraceCode.RankAward, PolicyClause.Measure6, RecordField.Record, awarded, awarded,
            TraceValue.Of(rank, ValueUnit.Rank), TraceValue.Of(bandLast, ValueUnit.Rank), TraceValue.Yuan(award));

    private static TraceStep ScoreToNextBand(int target, decimal ahead, decimal score) =>
        new(TraceCode.ScoreToNextBand, PolicyClause.Measure6, RecordField.Record, false, false,
            TraceValue.Of(target, ValueUnit.Rank), TraceValue.Of(ahead, ValueUnit.Score), TraceValue.Of(ahead - score, ValueUnit.Score));

    [Fact]
    public void RankDistricts_FirstBand_ValidityScoreAndAwardSteps()
    {
        var ranking = _engine.RankDistricts(2025, Ordered(Codes(2025)));

        var first = ranking.Entries[0];
        first.Score.Should().Be(1m);
        first.Trace.Should().Equal(Validity(true, 2025), Composite(1m), RankAward(true, 1, 5, 5_000_000m));
        var fifth = ranking.Entries[4];
        fifth.Trace.Should().Equal(Validity(true, 2025), Composite(fifth.Score), RankAward(true, 5, 5, 5_000_000m));
    }

    [Theory]
    [InlineData(6, 5, 3_000_000)]
    [InlineData(10, 5, 3_000_000)]
    public void RankDistricts_SecondBand_AwardedAndToldTheScoreOfTheFifth(int rank, int target, int award)
    {
        var ranking = _engine.RankDistricts(2025, Ordered(Codes(2025)));

        var entry = ranking.Entries[rank - 1];
        var ahead = ranking.Entries[target - 1].Score;
        ahead.Should().BeGreaterThan(entry.Score);
        entry.Trace.Should().Equal(
            Validity(true, 2025), Composite(entry.Score), RankAward(true, rank, 10, award), ScoreToNextBand(target, ahead, entry.Score));
        entry.Trace[^1].Passed.Should().BeFalse("the district is below the band it is measured against");
        entry.Trace[^1].IsBinding.Should().BeFalse();
    }

    [Theory]
    [InlineData(11)]
    [InlineData(37)]
    public void RankDistricts_OutsideTheBands_NotAwardedAndToldTheScoreOfTheTenth(int rank)
    {
        var ranking = _engine.RankDistricts(2025, Ordered(Codes(2025)));

        var entry = ranking.Entries[rank - 1];
        var ahead = ranking.Entries[9].Score;
        entry.Outcome.Should().Be(Outcome.Ineligible);
        entry.Trace.Should().Equal(
            Validity(true, 2025), Composite(entry.Score), RankAward(false, rank, 10, 0m), ScoreToNextBand(10, ahead, entry.Score));
    }

    [Fact]
    public void RankDistricts_TieAcrossRank5And6_TieStepNotPassedNotBindingAtTheFirstBandsAward()
    {
        var codes = Codes(2025);
        var rows = Ordered(codes);
        rows[4] = Row(codes[4], 96);
        rows[5] = Row(codes[5], 96);

        var ranking = _engine.RankDistricts(2025, rows);

        foreach (var entry in new[] { ranking.Entries[4], ranking.Entries[5] })
        {
            entry.Outcome.Should().Be(Outcome.NeedsReview);
            entry.Trace.Should().Equal(
                Validity(true, 2025),
                Composite(entry.Score),
                new TraceStep(
                    TraceCode.TieAtBoundary, PolicyClause.Measure6, RecordField.Record, false, false,
                    TraceValue.Of(entry.Rank, ValueUnit.Rank), TraceValue.Of(5, ValueUnit.Rank), TraceValue.Yuan(5_000_000m)));
        }
    }

    [Fact]
    public void RankDistricts_YearAfterValidity_ValidityStepFailedAndScoreOnly()
    {
        var ranking = _engine.RankDistricts(2028, Ordered(Codes(2028), 2028));

        ranking.Entries.Should().HaveCount(37).And.AllSatisfy(e =>
            e.Trace.Should().Equal(Validity(false, 2028), Composite(e.Score)));
        ranking.Entries[0].Score.Should().Be(1m);
    }

    [Fact]
    public void RankDistricts_FirstBandOfOneRank_SecondBandToldTheScoreOfTheFirst()
    {
        // first_band_last_rank 1: only the first is in the first band, and every other district of the second band
        // (ranks 2 to 10) is measured against it.
        var engine = new PolicyEngine(PolicyParameters.FromJson("""{ "measures": { "6": { "first_band_last_rank": 1 } } }"""));

        var ranking = engine.RankDistricts(2025, Ordered(Codes(2025)));

        var first = ranking.Entries[0];
        first.Trace.Should().Equal(Validity(true, 2025), Composite(1m), RankAward(true, 1, 1, 5_000_000m));
        foreach (var rank in new[] { 2, 10 })
        {
            var entry = ranking.Entries[rank - 1];
            entry.AwardYuan.Should().Be(3_000_000m);
            entry.Trace.Should().Equal(
                Validity(true, 2025), Composite(entry.Score), RankAward(true, rank, 10, 3_000_000m), ScoreToNextBand(1, 1m, entry.Score));
        }

        ranking.Entries[10].Trace[^1].Should().Be(ScoreToNextBand(10, ranking.Entries[9].Score, ranking.Entries[10].Score));
        ranking.TotalAwardYuan.Should().Be(5_000_000m + (9 * 3_000_000m));
    }
}
