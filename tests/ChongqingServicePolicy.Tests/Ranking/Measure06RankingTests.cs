using ChongqingServicePolicy.Decisions;
using ChongqingServicePolicy.Domain;
using ChongqingServicePolicy.Parameters;
using ChongqingServicePolicy.Ranking;
using ChongqingServicePolicy.Tests.Support;
using NodaTime;

namespace ChongqingServicePolicy.Tests.Ranking;

/// <summary>Measure （六）: the yearly composite ranking of districts, its bands, ties and rejected rows.</summary>
public sealed class Measure06RankingTests
{
    private readonly PolicyEngine _engine = Records.Engine();

    /// <summary>The 37 codes in force on 2025-12-31, in code order.</summary>
    private int[] Codes2025 => _engine.Districts.UnitsInForceOn(new LocalDate(2025, 12, 31)).Select(u => u.Code).ToArray();

    /// <summary>
    /// One row per code with every indicator rising with the value: new = value, net = value − 20,
    /// growth = (value − 10) / 100, so some net increases and growths are negative.
    /// </summary>
    private static DistrictStatistics Row(int code, int value, int year = 2025) =>
        new(code, year, value, value - 20, (value - 10) / 100m);

    /// <summary>Rows in which the code at position i of <paramref name="codes"/> ranks i + 1.</summary>
    private static List<DistrictStatistics> Ordered(IReadOnlyList<int> codes, int year = 2025) =>
        codes.Select((code, i) => Row(code, 100 - i, year)).ToList();

    [Fact]
    public void UnitsInForceOn_EndOf2025_37UnitsWithLiangjiang()
    {
        Codes2025.Should().HaveCount(37);
        Codes2025.Should().Contain(500157).And.NotContain(500105).And.NotContain(500112);
    }

    [Fact]
    public void RankDistricts_37DistinctDistricts_BandsByRank()
    {
        // Rank by descending code so the ranking order is not the code order.
        var codes = Codes2025.OrderByDescending(c => c).ToArray();

        var ranking = _engine.RankDistricts(2025, Ordered(codes));

        ranking.Year.Should().Be(2025);
        ranking.ReferenceDate.Should().Be(new LocalDate(2025, 12, 31));
        ranking.Rejected.Should().BeEmpty();
        ranking.OtherYearRows.Should().Be(0);
        ranking.Entries.Should().HaveCount(37);
        ranking.Entries.Select(e => e.DistrictCode).Should().Equal(codes);
        ranking.Entries.Select(e => e.Rank).Should().Equal(Enumerable.Range(1, 37));
        foreach (var entry in ranking.Entries)
        {
            var (outcome, award, reason) = entry.Rank switch
            {
                <= 5 => (Outcome.Eligible, 5_000_000m, ReasonCode.RankAward),
                <= 10 => (Outcome.Eligible, 3_000_000m, ReasonCode.RankAward),
                _ => (Outcome.Ineligible, 0m, ReasonCode.RankOutsideAward),
            };
            entry.Outcome.Should().Be(outcome, $"rank {entry.Rank}");
            entry.AwardYuan.Should().Be(award, $"rank {entry.Rank}");
            entry.Reason.Should().Be(reason, $"rank {entry.Rank}");
            entry.TiedWith.Should().BeEmpty();
            var step = entry.Trace.Single(s => s.Code == TraceCode.RankAward);
            step.Left.Should().Be(TraceValue.Of(entry.Rank, ValueUnit.Rank));
            step.Result.Should().Be(TraceValue.Yuan(entry.Rank <= 10 ? award : 0m));
            step.Passed.Should().Be(entry.Rank <= 10);
        }

        ranking.TotalAwardYuan.Should().Be((5 * 5_000_000m) + (5 * 3_000_000m));
    }

    [Fact]
    public void RankDistricts_ShuffledInput_RanksAPermutation()
    {
        var codes = Codes2025;
        var rows = Ordered(codes);
        var shuffled = rows.Select((r, i) => (r, key: (i * 17) % rows.Count)).OrderBy(x => x.key).Select(x => x.r).ToList();

        var ranking = _engine.RankDistricts(2025, shuffled);

        ranking.Entries.Select(e => e.Rank).Should().Equal(Enumerable.Range(1, 37));
        ranking.Entries.Select(e => e.DistrictCode).Should().Equal(codes);
        ranking.Entries.Select(e => e.DistrictCode).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void RankDistricts_ThreeDistricts_ScoresAreMinMaxMeans()
    {
        var rows = new[]
        {
            new DistrictStatistics(500101, 2025, 0, -5, 0m),
            new DistrictStatistics(500102, 2025, 10, 5, 0.10m),
            new DistrictStatistics(500103, 2025, 20, 15, 0.40m),
        };

        var ranking = _engine.RankDistricts(2025, rows);

        ranking.Entries.Select(e => e.DistrictCode).Should().Equal(500103, 500102, 500101);
        var middle = ranking.Entries[1];
        middle.NewCountScore.Should().Be(0.5m);
        middle.NetIncreaseScore.Should().Be(0.5m);
        middle.RevenueGrowthScore.Should().Be(0.25m);
        middle.Score.Should().Be(1.25m / 3m);
        ranking.Entries[0].Score.Should().Be(1m);
        ranking.Entries[2].Score.Should().Be(0m);
        middle.Trace.Single(s => s.Code == TraceCode.CompositeScore).Result.Should().Be(TraceValue.Of(1.25m / 3m, ValueUnit.Score));
        ranking.Entries.Should().AllSatisfy(e => e.AwardYuan.Should().Be(5_000_000m, "three districts all rank within the first five"));
    }

    [Fact]
    public void RankDistricts_IndicatorEqualForAll_ContributesZero()
    {
        var rows = new[]
        {
            new DistrictStatistics(500101, 2025, 7, -5, 0.05m),
            new DistrictStatistics(500102, 2025, 7, 5, 0.10m),
            new DistrictStatistics(500103, 2025, 7, 15, 0.30m),
        };

        var ranking = _engine.RankDistricts(2025, rows);

        ranking.Entries.Should().AllSatisfy(e => e.NewCountScore.Should().Be(0m));
        var middle = ranking.Entries.Single(e => e.DistrictCode == 500102);
        middle.NetIncreaseScore.Should().Be(0.5m);
        middle.RevenueGrowthScore.Should().Be(0.2m);
        middle.Score.Should().Be(0.7m / 3m);
        ranking.Entries[0].Score.Should().Be(2m / 3m, "the equal indicator gives even the best district 0 of its third");
    }

    [Fact]
    public void RankDistricts_EqualScores_RevenueGrowthBreaksTieFirst()
    {
        // C and D both score (1 + 0.5 + 0) / 3 = (0.5 + 0 + 1) / 3 = 0.5. C has more new and net; D grows faster.
        var rows = new[]
        {
            new DistrictStatistics(500101, 2025, 0, 0, 0m),      // anchor: every minimum
            new DistrictStatistics(500102, 2025, 10, 10, 0.10m), // anchor: every maximum
            new DistrictStatistics(500103, 2025, 10, 5, 0m),     // C
            new DistrictStatistics(500104, 2025, 5, 0, 0.10m),   // D
        };

        var ranking = _engine.RankDistricts(2025, rows);

        ranking.Entries.Select(e => e.DistrictCode).Should().Equal(500102, 500104, 500103, 500101);
        ranking.Entries[1].Score.Should().Be(ranking.Entries[2].Score);
        ranking.Entries.Should().AllSatisfy(e => e.TiedWith.Should().BeEmpty());
    }

    [Fact]
    public void RankDistricts_EqualScoresAndGrowth_NetIncreaseBreaksTie()
    {
        // A: (1 + 0 + 0.5) / 3; B: (0 + 1 + 0.5) / 3. Same growth; B's larger net increase puts it first
        // even though its code is higher and A has more new firms.
        var rows = new[]
        {
            new DistrictStatistics(500101, 2025, 0, 0, 0m),
            new DistrictStatistics(500102, 2025, 10, 10, 0.10m),
            new DistrictStatistics(500103, 2025, 10, 0, 0.05m), // A
            new DistrictStatistics(500104, 2025, 0, 10, 0.05m), // B
        };

        var ranking = _engine.RankDistricts(2025, rows);

        ranking.Entries.Select(e => e.DistrictCode).Should().Equal(500102, 500104, 500103, 500101);
        ranking.Entries[1].Score.Should().Be(ranking.Entries[2].Score);
    }

    [Fact]
    public void RankDistricts_EqualScoresGrowthAndNet_NewCountBreaksTie()
    {
        // With the new count weighted 0, A and B score alike; growth and net are equal; A's larger new count wins.
        var engine = new PolicyEngine(PolicyParameters.Default.With(b => b.Measure6 = b.Measure6 with { WeightNewCount = 0m }));
        var rows = new[]
        {
            new DistrictStatistics(500101, 2025, 0, 0, 0m),
            new DistrictStatistics(500102, 2025, 10, 10, 0.10m),
            new DistrictStatistics(500103, 2025, 3, 5, 0.05m),  // B
            new DistrictStatistics(500104, 2025, 9, 5, 0.05m),  // A
        };

        var ranking = engine.RankDistricts(2025, rows);

        ranking.Entries.Select(e => e.DistrictCode).Should().Equal(500102, 500104, 500103, 500101);
        ranking.Entries[1].Score.Should().Be(ranking.Entries[2].Score);
        ranking.Entries.Should().AllSatisfy(e => e.TiedWith.Should().BeEmpty());
    }

    [Fact]
    public void RankDistricts_FullTieAcrossRank5And6_BothNeedReview()
    {
        var codes = Codes2025;
        var rows = Ordered(codes);
        // The districts ranked 5th and 6th get identical statistics, between the 4th and the 7th.
        rows[4] = Row(codes[4], 96);
        rows[5] = Row(codes[5], 96);

        var ranking = _engine.RankDistricts(2025, rows);

        var fifth = ranking.Entries[4];
        var sixth = ranking.Entries[5];
        new[] { fifth.DistrictCode, sixth.DistrictCode }.Should().BeEquivalentTo(new[] { codes[4], codes[5] });
        fifth.Rank.Should().Be(5);
        sixth.Rank.Should().Be(6);
        foreach (var (entry, other) in new[] { (fifth, sixth), (sixth, fifth) })
        {
            entry.Outcome.Should().Be(Outcome.NeedsReview);
            entry.Reason.Should().Be(ReasonCode.TieAtBoundary);
            entry.AwardYuan.Should().Be(5_000_000m);
            entry.TiedWith.Should().Equal(other.DistrictCode);
            var step = entry.Trace.Single(s => s.Code == TraceCode.TieAtBoundary);
            step.Right.Should().Be(TraceValue.Of(5, ValueUnit.Rank));
        }

        ranking.Entries.Take(4).Should().AllSatisfy(e => e.Outcome.Should().Be(Outcome.Eligible));
        ranking.Entries[6].Outcome.Should().Be(Outcome.Eligible);
        ranking.Entries[6].AwardYuan.Should().Be(3_000_000m);
        ranking.TotalAwardYuan.Should().Be((4 * 5_000_000m) + (4 * 3_000_000m), "tied districts await review and are not in the total");
    }

    [Fact]
    public void RankDistricts_FullTieAcrossRank10And11_BothNeedReviewAtSecondBand()
    {
        var codes = Codes2025;
        var rows = Ordered(codes);
        rows[9] = Row(codes[9], 91);
        rows[10] = Row(codes[10], 91);

        var ranking = _engine.RankDistricts(2025, rows);

        ranking.Entries[9].Outcome.Should().Be(Outcome.NeedsReview);
        ranking.Entries[10].Outcome.Should().Be(Outcome.NeedsReview);
        ranking.Entries[9].AwardYuan.Should().Be(3_000_000m);
        ranking.Entries[10].AwardYuan.Should().Be(3_000_000m);
        ranking.Entries[9].TiedWith.Should().Equal(ranking.Entries[10].DistrictCode);
        ranking.Entries[10].TiedWith.Should().Equal(ranking.Entries[9].DistrictCode);
        ranking.Entries[10].Trace.Single(s => s.Code == TraceCode.TieAtBoundary).Right.Should().Be(TraceValue.Of(10, ValueUnit.Rank));
        ranking.Entries[11].Outcome.Should().Be(Outcome.Ineligible);
    }

    [Fact]
    public void RankDistricts_FullTieInsideBand_EligibleButTiedWithNamed()
    {
        var codes = Codes2025;
        var rows = Ordered(codes);
        rows[1] = Row(codes[1], 98);
        rows[2] = Row(codes[2], 98);

        var ranking = _engine.RankDistricts(2025, rows);

        ranking.Entries[1].Outcome.Should().Be(Outcome.Eligible);
        ranking.Entries[2].Outcome.Should().Be(Outcome.Eligible);
        ranking.Entries[1].AwardYuan.Should().Be(5_000_000m);
        ranking.Entries[1].TiedWith.Should().Equal(ranking.Entries[2].DistrictCode);
        ranking.Entries.Select(e => e.Rank).Should().Equal(Enumerable.Range(1, 37));
    }

    [Theory]
    [InlineData(500105)]
    [InlineData(500112)]
    public void RankDistricts_AbolishedCodeIn2025_RejectedWithoutTransition(int code)
    {
        var rows = Ordered(Codes2025);
        rows.Add(Row(code, 1000));

        var ranking = _engine.RankDistricts(2025, rows);

        ranking.Entries.Should().HaveCount(37);
        ranking.Entries.Should().NotContain(e => e.DistrictCode == code);
        var rejected = ranking.Rejected.Should().ContainSingle().Subject;
        rejected.Index.Should().Be(37);
        rejected.Outcome.Should().Be(Outcome.Invalid);
        rejected.Statistics.DistrictCode.Should().Be(code);
        rejected.Problems.Should().Equal(new Problem(
            RecordField.DistrictCode, code.ToString(System.Globalization.CultureInfo.InvariantCulture), ProblemCode.DistrictNotInRankingYear, "2025-12-31"));
    }

    [Fact]
    public void RankDistricts_2024_38UnitsWithoutLiangjiang()
    {
        var codes2024 = _engine.Districts.UnitsInForceOn(new LocalDate(2024, 12, 31)).Select(u => u.Code).ToArray();
        var rows = Ordered(codes2024, 2024);
        rows.Add(Row(500157, 50, 2024));

        var ranking = _engine.RankDistricts(2024, rows);

        codes2024.Should().HaveCount(38).And.Contain(500105).And.Contain(500112);
        ranking.Entries.Should().HaveCount(38);
        ranking.Rejected.Should().ContainSingle().Which.Problems.Should().Equal(
            new Problem(RecordField.DistrictCode, "500157", ProblemCode.DistrictNotInRankingYear, "2024-12-31"));
    }

    [Fact]
    public void RankDistricts_UnknownCode_RejectedUnknownDistrict()
    {
        var rows = Ordered(Codes2025);
        rows.Insert(0, Row(500199, 1000));

        var ranking = _engine.RankDistricts(2025, rows);

        ranking.Entries.Should().HaveCount(37);
        var rejected = ranking.Rejected.Should().ContainSingle().Subject;
        rejected.Index.Should().Be(0);
        rejected.Problems.Should().Equal(new Problem(RecordField.DistrictCode, "500199", ProblemCode.UnknownDistrict));
    }

    [Fact]
    public void RankDistricts_DuplicateDistrict_SecondRowRejected()
    {
        var codes = Codes2025;
        var rows = Ordered(codes);
        rows.Add(Row(codes[36], 1000));

        var ranking = _engine.RankDistricts(2025, rows);

        ranking.Entries.Should().HaveCount(37);
        ranking.Entries[^1].DistrictCode.Should().Be(codes[36], "the first row, not the duplicate, is ranked");
        var rejected = ranking.Rejected.Should().ContainSingle().Subject;
        rejected.Index.Should().Be(37);
        rejected.Problems.Should().Equal(new Problem(
            RecordField.DistrictCode, codes[36].ToString(System.Globalization.CultureInfo.InvariantCulture), ProblemCode.DuplicateDistrict));
    }

    [Fact]
    public void RankDistricts_MissingValues_RejectedRequired()
    {
        var codes = Codes2025;
        var rows = Ordered(codes);
        rows[0] = new DistrictStatistics(codes[0], 2025, null, 3, 0.1m);
        rows[1] = new DistrictStatistics(codes[1], 2025, 3, null, 0.1m);
        rows[2] = new DistrictStatistics(codes[2], 2025, 3, 3, null);
        rows[3] = new DistrictStatistics(codes[3], 2025, null, null, null);

        var ranking = _engine.RankDistricts(2025, rows);

        ranking.Entries.Should().HaveCount(33);
        ranking.Rejected.Select(r => r.Index).Should().Equal(0, 1, 2, 3);
        ranking.Rejected[0].Problems.Should().Equal(new Problem(RecordField.NewAboveScaleCount, null, ProblemCode.Required));
        ranking.Rejected[1].Problems.Should().Equal(new Problem(RecordField.NetIncreaseCount, null, ProblemCode.Required));
        ranking.Rejected[2].Problems.Should().Equal(new Problem(RecordField.RevenueGrowthRate, null, ProblemCode.Required));
        ranking.Rejected[3].Problems.Should().Equal(
            new Problem(RecordField.NewAboveScaleCount, null, ProblemCode.Required),
            new Problem(RecordField.NetIncreaseCount, null, ProblemCode.Required),
            new Problem(RecordField.RevenueGrowthRate, null, ProblemCode.Required));
        ranking.Entries[0].DistrictCode.Should().Be(codes[4]);
        ranking.Entries[0].Rank.Should().Be(1);
    }

    [Fact]
    public void RankDistricts_NegativeNewCount_RejectedMustNotBeNegative()
    {
        var codes = Codes2025;
        var rows = Ordered(codes);
        rows[0] = new DistrictStatistics(codes[0], 2025, -1, 3, 0.1m);

        var ranking = _engine.RankDistricts(2025, rows);

        ranking.Entries.Should().HaveCount(36);
        ranking.Rejected.Should().ContainSingle().Which.Problems.Should().Equal(
            new Problem(RecordField.NewAboveScaleCount, "-1", ProblemCode.MustNotBeNegative));
    }

    [Fact]
    public void RankDistricts_NegativeNetIncreaseAndGrowth_Accepted()
    {
        var codes = Codes2025;
        var rows = Ordered(codes);
        rows[0] = new DistrictStatistics(codes[0], 2025, 0, -50, -0.9m);

        var ranking = _engine.RankDistricts(2025, rows);

        ranking.Rejected.Should().BeEmpty();
        ranking.Entries.Should().HaveCount(37);
        var entry = ranking.Entries.Single(e => e.DistrictCode == codes[0]);
        entry.NewCountScore.Should().Be(0m);
        entry.NetIncreaseScore.Should().Be(0m);
        entry.RevenueGrowthScore.Should().Be(0m);
        entry.Rank.Should().Be(37);
    }

    [Fact]
    public void RankDistricts_GrowthBelowMinus100Percent_Rejected()
    {
        var codes = Codes2025;
        var rows = Ordered(codes);
        rows[0] = new DistrictStatistics(codes[0], 2025, 0, 0, -1.01m);

        var ranking = _engine.RankDistricts(2025, rows);

        ranking.Rejected.Should().ContainSingle().Which.Problems.Should().Equal(
            new Problem(RecordField.RevenueGrowthRate, "-1.01", ProblemCode.GrowthBelowMinusOneHundredPercent));
    }

    [Fact]
    public void RankDistricts_RowsOfOtherYears_CountedAndSkipped()
    {
        var codes = Codes2025;
        var rows = Ordered(codes);
        rows.Insert(3, Row(codes[0], 1000, 2024));
        rows.Add(Row(500105, 1000, 2024));
        rows.Add(Row(codes[1], 1000, 2026));

        var ranking = _engine.RankDistricts(2025, rows);

        ranking.OtherYearRows.Should().Be(3);
        ranking.Rejected.Should().BeEmpty();
        ranking.Entries.Should().HaveCount(37);
        ranking.Entries.Select(e => e.DistrictCode).Should().Equal(codes);
        ranking.Entries.Should().AllSatisfy(e => e.Statistics.Year.Should().Be(2025));
    }

    [Fact]
    public void RankDistricts_Year2028_EveryEntryNotApplicable()
    {
        var codes = _engine.Districts.UnitsInForceOn(new LocalDate(2028, 12, 31)).Select(u => u.Code).ToArray();

        var ranking = _engine.RankDistricts(2028, Ordered(codes, 2028));

        ranking.Entries.Should().HaveCount(37);
        ranking.Entries.Should().AllSatisfy(e =>
        {
            e.Outcome.Should().Be(Outcome.NotApplicable);
            e.AwardYuan.Should().Be(0m);
            e.Reason.Should().Be(ReasonCode.OutsideValidity);
            e.Trace.Single(s => s.Code == TraceCode.ValidityWindow).Passed.Should().BeFalse();
        });
        ranking.Entries.Select(e => e.Rank).Should().Equal(Enumerable.Range(1, 37));
        ranking.TotalAwardYuan.Should().Be(0m);
    }

    [Fact]
    public void RankDistricts_Year2027_InForce()
    {
        var codes = _engine.Districts.UnitsInForceOn(new LocalDate(2027, 12, 31)).Select(u => u.Code).ToArray();

        var ranking = _engine.RankDistricts(2027, Ordered(codes, 2027));

        ranking.Entries[0].Outcome.Should().Be(Outcome.Eligible);
        ranking.TotalAwardYuan.Should().Be(40_000_000m);
    }

    [Fact]
    public void RankDistricts_WeightsParameter_ChangesRanking()
    {
        var rows = new[]
        {
            new DistrictStatistics(500101, 2025, 10, 0, 0m),     // P: most new firms only
            new DistrictStatistics(500102, 2025, 0, 10, 0.10m),  // Q: best net increase and growth
        };
        var byNewCountOnly = new PolicyEngine(PolicyParameters.FromJson(
            """{ "measures": { "6": { "weight_new_count": 1, "weight_net_increase": 0, "weight_revenue_growth": 0 } } }"""));

        var equalWeights = _engine.RankDistricts(2025, rows);
        var newCountOnly = byNewCountOnly.RankDistricts(2025, rows);

        equalWeights.Entries.Select(e => e.DistrictCode).Should().Equal(500102, 500101);
        equalWeights.Entries[0].Score.Should().Be(2m / 3m);
        newCountOnly.Entries.Select(e => e.DistrictCode).Should().Equal(500101, 500102);
        newCountOnly.Entries[0].Score.Should().Be(1m);
        newCountOnly.Entries[1].Score.Should().Be(0m);
    }

    [Fact]
    public void RankDistricts_NoRows_EmptyRanking()
    {
        var ranking = _engine.RankDistricts(2025, []);

        ranking.Entries.Should().BeEmpty();
        ranking.Rejected.Should().BeEmpty();
        ranking.OtherYearRows.Should().Be(0);
        ranking.TotalAwardYuan.Should().Be(0m);
    }

    [Fact]
    public void Explain_RankingEntry_DiffersByLanguage()
    {
        var ranking = _engine.RankDistricts(2025, Ordered(Codes2025));

        var zh = ranking.Entries[0].Explain(Language.Chinese);
        var en = ranking.Entries[0].Explain(Language.English);

        zh.Should().Contain("综合评价第 1 名");
        en.Should().Contain("Ranked 1");
        zh.Should().NotBe(en);
    }
}
