using ChongqingServicePolicy.Decisions;
using ChongqingServicePolicy.Domain;
using ChongqingServicePolicy.Parameters;
using ChongqingServicePolicy.Tests.Support;
using NodaTime;
using NodaTime.Testing;

namespace ChongqingServicePolicy.Tests.Cross;

/// <summary>Rule X3, 就高不重复: within a batch by subject, and against another municipal policy's support.</summary>
public sealed class NonDuplicationTests
{
    private const string OtherPolicy = "渝府发〔2023〕12号";

    private readonly PolicyEngine _engine = Records.Engine();

    /// <summary>Measure 1 capped at 5,000,000 (10% of approved 60,000,000 is 6,000,000; 10% of total 8,000,000).</summary>
    private static ApplicationRecord Measure1AtCap(string id, string subject) =>
        Records.Measure1(approved: 60_000_000m) with { ApplicationId = id, SubjectId = subject };

    /// <summary>Measure 1 at its rate: 10% of approved 30,000,000 is 3,000,000.</summary>
    private static ApplicationRecord Measure1At3M(string id, string subject) =>
        Records.Measure1() with { ApplicationId = id, SubjectId = subject };

    [Fact]
    public void EvaluateBatch_HigherAwardLaterInBatch_HigherWinsOtherSuperseded()
    {
        var records = new[]
        {
            Measure1At3M("A-1", "P-1"),
            Records.Measure7a() with { ApplicationId = "A-2", SubjectId = "P-1" },
        };

        var decisions = _engine.EvaluateBatch(records);

        var loser = decisions[0];
        loser.Outcome.Should().Be(Outcome.Eligible);
        loser.AwardYuan.Should().Be(3_000_000m);
        loser.PayableYuan.Should().Be(0m);
        loser.AwardReason.Should().Be(ReasonCode.RateApplied);
        loser.Reason.Should().Be(ReasonCode.SupersededByHigher);
        loser.NonDuplication.Should().NotBeNull();
        loser.NonDuplication!.Suppression.Should().Be(SuppressionKind.SupersededByHigher);
        loser.NonDuplication.WinnerApplicationId.Should().Be("A-2");
        loser.NonDuplication.WinnerMeasure.Should().Be(MeasureId.Measure7a);
        loser.NonDuplication.WinnerAwardYuan.Should().Be(5_000_000m);
        loser.NonDuplication.SubjectId.Should().Be("P-1");
        loser.NonDuplication.ComparedApplicationIds.Should().Equal("A-1", "A-2");
        loser.NonDuplication.OtherPolicyAwardYuan.Should().BeNull();

        var winner = decisions[1];
        winner.Outcome.Should().Be(Outcome.Eligible);
        winner.AwardYuan.Should().Be(5_000_000m);
        winner.PayableYuan.Should().Be(5_000_000m);
        winner.Reason.Should().Be(ReasonCode.CapApplied);
        winner.AwardReason.Should().Be(ReasonCode.CapApplied);
        winner.NonDuplication!.Suppression.Should().Be(SuppressionKind.None);
        winner.NonDuplication.WinnerApplicationId.Should().Be("A-2");
        winner.NonDuplication.ComparedApplicationIds.Should().Equal("A-1", "A-2");
    }

    [Fact]
    public void EvaluateBatch_HigherAwardFirstInBatch_HigherWins()
    {
        var records = new[]
        {
            Records.Measure7a() with { ApplicationId = "A-1", SubjectId = "P-1" },
            Measure1At3M("A-2", "P-1"),
        };

        var decisions = _engine.EvaluateBatch(records);

        decisions[0].PayableYuan.Should().Be(5_000_000m);
        decisions[1].PayableYuan.Should().Be(0m);
        decisions[1].Reason.Should().Be(ReasonCode.SupersededByHigher);
        decisions[1].NonDuplication!.WinnerApplicationId.Should().Be("A-1");
    }

    [Fact]
    public void EvaluateBatch_EqualAwardsAcrossMeasures_LowerMeasureNumberWins()
    {
        var records = new[]
        {
            Records.Measure7a() with { ApplicationId = "A-7a", SubjectId = "P-1" },
            Measure1AtCap("A-1", "P-1"),
        };

        var decisions = _engine.EvaluateBatch(records);

        decisions[1].AwardYuan.Should().Be(5_000_000m);
        decisions[1].AwardReason.Should().Be(ReasonCode.CapApplied);
        decisions[1].PayableYuan.Should().Be(5_000_000m);
        decisions[1].Reason.Should().Be(ReasonCode.CapApplied);
        decisions[0].AwardYuan.Should().Be(5_000_000m);
        decisions[0].PayableYuan.Should().Be(0m);
        decisions[0].Reason.Should().Be(ReasonCode.SupersededByHigher);
        decisions[0].AwardReason.Should().Be(ReasonCode.CapApplied);
        decisions[0].NonDuplication!.WinnerApplicationId.Should().Be("A-1");
        decisions[0].NonDuplication!.WinnerMeasure.Should().Be(MeasureId.Measure1);
    }

    [Fact]
    public void EvaluateBatch_SameMeasureEqualAwards_EarlierApplicationDateWins()
    {
        var records = new[]
        {
            Measure1At3M("A-1", "P-1") with { ApplicationDate = new LocalDate(2025, 3, 2) },
            Measure1At3M("A-2", "P-1") with { ApplicationDate = new LocalDate(2025, 3, 1) },
        };

        var decisions = _engine.EvaluateBatch(records);

        decisions[0].PayableYuan.Should().Be(0m);
        decisions[0].Reason.Should().Be(ReasonCode.SupersededByHigher);
        decisions[0].NonDuplication!.WinnerApplicationId.Should().Be("A-2");
        decisions[1].PayableYuan.Should().Be(3_000_000m);
        decisions[1].Reason.Should().Be(ReasonCode.RateApplied);
    }

    [Fact]
    public void EvaluateBatch_SameMeasureEqualAwardsSameDate_EarlierInBatchWins()
    {
        var records = new[]
        {
            Measure1At3M("A-2", "P-1"),
            Measure1At3M("A-1", "P-1"),
            Measure1At3M("A-3", "P-1"),
        };

        var decisions = _engine.EvaluateBatch(records);

        decisions.Select(d => d.PayableYuan).Should().Equal(3_000_000m, 0m, 0m);
        decisions.Select(d => d.Reason).Should().Equal(ReasonCode.RateApplied, ReasonCode.SupersededByHigher, ReasonCode.SupersededByHigher);
        decisions.Select(d => d.NonDuplication!.WinnerApplicationId).Should().Equal("A-2", "A-2", "A-2");
        decisions.Select(d => d.AwardYuan).Should().Equal(3_000_000m, 3_000_000m, 3_000_000m);
    }

    [Theory]
    [InlineData("4000000", true)]
    [InlineData("3000000.01", true)]
    [InlineData("3000000", true)]
    [InlineData("2999999.99", false)]
    [InlineData("2000000", false)]
    [InlineData("0", false)]
    public void EvaluateBatch_OtherPolicyAward_HigherOrEqualSupersedes(string other, bool superseded)
    {
        var otherYuan = decimal.Parse(other, System.Globalization.CultureInfo.InvariantCulture);
        var record = Measure1At3M("A-1", "P-1") with { OtherPolicyAwardYuan = otherYuan, OtherPolicyName = OtherPolicy };

        var decision = _engine.EvaluateBatch([record]).Single();

        decision.Outcome.Should().Be(Outcome.Eligible);
        decision.AwardYuan.Should().Be(3_000_000m);
        decision.AwardReason.Should().Be(ReasonCode.RateApplied);
        decision.PayableYuan.Should().Be(superseded ? 0m : 3_000_000m);
        decision.Reason.Should().Be(superseded ? ReasonCode.SupersededByOtherPolicy : ReasonCode.RateApplied);
        decision.NonDuplication.Should().NotBeNull();
        decision.NonDuplication!.Suppression.Should().Be(superseded ? SuppressionKind.SupersededByOtherPolicy : SuppressionKind.None);
        decision.NonDuplication.OtherPolicyAwardYuan.Should().Be(otherYuan);
        decision.NonDuplication.OtherPolicyName.Should().Be(OtherPolicy);
        decision.NonDuplication.WinnerApplicationId.Should().Be("A-1");
        decision.NonDuplication.WinnerAwardYuan.Should().Be(3_000_000m);
    }

    [Fact]
    public void EvaluateBatch_OtherPolicyAwardDeclaredOnAnUnpaidRecordOfTheSubject_StillSupersedes()
    {
        // The other policy's support is a fact about the subject: declared on an ineligible record, it still counts.
        var paid = Measure1At3M("A-1", "P-1");
        var unpaid = Measure1At3M("A-2", "P-1") with { ProducerService = false, OtherPolicyAwardYuan = 4_000_000m, OtherPolicyName = OtherPolicy };

        var decisions = _engine.EvaluateBatch([paid, unpaid]);

        decisions[1].Outcome.Should().Be(Outcome.Ineligible);
        decisions[0].PayableYuan.Should().Be(0m);
        decisions[0].Reason.Should().Be(ReasonCode.SupersededByOtherPolicy);
        decisions[0].NonDuplication!.OtherPolicyAwardYuan.Should().Be(4_000_000m);
        decisions[0].NonDuplication!.OtherPolicyName.Should().Be(OtherPolicy);
    }

    [Fact]
    public void EvaluateBatch_OtherPolicyAwardDeclaredOnAnInvalidRecord_IsNotReliedOn()
    {
        var paid = Measure1At3M("A-1", "P-1");
        var invalid = Measure1At3M("A-2", "P-1") with { DistrictCode = 500199, OtherPolicyAwardYuan = 4_000_000m, OtherPolicyName = OtherPolicy };

        var decisions = _engine.EvaluateBatch([paid, invalid]);

        decisions[1].Outcome.Should().Be(Outcome.Invalid);
        decisions[0].PayableYuan.Should().Be(3_000_000m);
        decisions[0].NonDuplication.Should().BeNull("nothing else of the subject was compared");
    }

    [Fact]
    public void EvaluateBatch_TiesGoToOtherPolicyFalse_EqualAwardPayable()
    {
        var engine = new PolicyEngine(
            PolicyParameters.Default.With(b => b.General = b.General with { TiesGoToOtherPolicy = false }),
            new FakeClock(Instant.FromUtc(2025, 6, 1, 4, 0)));
        var equal = Measure1At3M("A-1", "P-1") with { OtherPolicyAwardYuan = 3_000_000m, OtherPolicyName = OtherPolicy };
        var higher = Measure1At3M("A-2", "P-2") with { OtherPolicyAwardYuan = 3_000_000.01m, OtherPolicyName = OtherPolicy };

        var decisions = engine.EvaluateBatch([equal, higher]);

        decisions[0].PayableYuan.Should().Be(3_000_000m);
        decisions[0].Reason.Should().Be(ReasonCode.RateApplied);
        decisions[0].NonDuplication!.Suppression.Should().Be(SuppressionKind.None);
        decisions[1].PayableYuan.Should().Be(0m);
        decisions[1].Reason.Should().Be(ReasonCode.SupersededByOtherPolicy);
    }

    [Fact]
    public void EvaluateBatch_TiesGoToOtherPolicyFromJson_EqualAwardPayable()
    {
        var engine = new PolicyEngine(PolicyParameters.FromJson("""{ "general": { "ties_go_to_other_policy": false } }"""));
        var record = Measure1At3M("A-1", "P-1") with { OtherPolicyAwardYuan = 3_000_000m };

        engine.EvaluateBatch([record]).Single().PayableYuan.Should().Be(3_000_000m);
        _engine.EvaluateBatch([record]).Single().PayableYuan.Should().Be(0m);
    }

    [Fact]
    public void EvaluateBatch_OtherPolicyAgainstGroup_ComparedWithBestOfPolicy()
    {
        // The subject's best award in this policy is 5,000,000 (7a); another policy's 4,000,000 is lower, so
        // the 7a record is paid and the measure-1 record is superseded by the higher award, not the other policy.
        var records = new[]
        {
            Measure1At3M("A-1", "P-1") with { OtherPolicyAwardYuan = 4_000_000m, OtherPolicyName = OtherPolicy },
            Records.Measure7a() with { ApplicationId = "A-2", SubjectId = "P-1" },
        };

        var decisions = _engine.EvaluateBatch(records);

        decisions[0].PayableYuan.Should().Be(0m);
        decisions[0].Reason.Should().Be(ReasonCode.SupersededByHigher);
        decisions[1].PayableYuan.Should().Be(5_000_000m);
        decisions[1].Reason.Should().Be(ReasonCode.CapApplied);
        decisions[1].NonDuplication!.OtherPolicyAwardYuan.Should().Be(4_000_000m);
        decisions[1].NonDuplication!.OtherPolicyName.Should().Be(OtherPolicy);
    }

    [Fact]
    public void EvaluateBatch_OtherPolicyAboveBestOfGroup_NoRecordPayable()
    {
        var records = new[]
        {
            Measure1At3M("A-1", "P-1"),
            Records.Measure7a() with { ApplicationId = "A-2", SubjectId = "P-1", OtherPolicyAwardYuan = 6_000_000m },
        };

        var decisions = _engine.EvaluateBatch(records);

        decisions.Select(d => d.PayableYuan).Should().Equal(0m, 0m);
        decisions.Select(d => d.Reason).Should().Equal(ReasonCode.SupersededByOtherPolicy, ReasonCode.SupersededByOtherPolicy);
        decisions.Select(d => d.AwardYuan).Should().Equal(3_000_000m, 5_000_000m);
    }

    [Fact]
    public void EvaluateBatch_DeduplicateWithinPolicyFalse_EveryRecordPayable()
    {
        var engine = new PolicyEngine(PolicyParameters.Default.With(b => b.General = b.General with { DeduplicateWithinPolicy = false }));
        var records = new[]
        {
            Measure1At3M("A-1", "P-1"),
            Records.Measure7a() with { ApplicationId = "A-2", SubjectId = "P-1" },
        };

        var decisions = engine.EvaluateBatch(records);

        decisions.Select(d => d.PayableYuan).Should().Equal(3_000_000m, 5_000_000m);
        decisions.Select(d => d.Reason).Should().Equal(ReasonCode.RateApplied, ReasonCode.CapApplied);
        decisions.Select(d => d.NonDuplication!.Suppression).Should().Equal(SuppressionKind.None, SuppressionKind.None);
    }

    [Fact]
    public void EvaluateBatch_DeduplicateWithinPolicyFalseWithOtherPolicy_EachRecordComparedOnItsOwn()
    {
        var engine = new PolicyEngine(PolicyParameters.Default.With(b => b.General = b.General with { DeduplicateWithinPolicy = false }));
        var records = new[]
        {
            Measure1At3M("A-1", "P-1") with { OtherPolicyAwardYuan = 4_000_000m },
            Records.Measure7a() with { ApplicationId = "A-2", SubjectId = "P-1" },
        };

        var decisions = engine.EvaluateBatch(records);

        decisions.Select(d => d.PayableYuan).Should().Equal(0m, 5_000_000m);
        decisions.Select(d => d.Reason).Should().Equal(ReasonCode.SupersededByOtherPolicy, ReasonCode.CapApplied);
    }

    [Theory]
    [InlineData(4_000_000, 0, ReasonCode.SupersededByOtherPolicy)]
    [InlineData(3_000_000, 0, ReasonCode.SupersededByOtherPolicy)]
    [InlineData(2_000_000, 3_000_000, ReasonCode.RateApplied)]
    public void Evaluate_SingleRecordWithOtherPolicy_ComparisonApplied(int other, int payable, ReasonCode reason)
    {
        var decision = _engine.Evaluate(Records.Measure1() with { OtherPolicyAwardYuan = other, OtherPolicyName = OtherPolicy });

        decision.AwardYuan.Should().Be(3_000_000m);
        decision.PayableYuan.Should().Be(payable);
        decision.Reason.Should().Be(reason);
        decision.AwardReason.Should().Be(ReasonCode.RateApplied);
        decision.NonDuplication.Should().NotBeNull();
        decision.NonDuplication!.OtherPolicyAwardYuan.Should().Be(other);
        decision.NonDuplication.ComparedApplicationIds.Should().Equal("A-1");
    }

    [Fact]
    public void Evaluate_SingleRecordWithoutOtherPolicy_NonDuplicationNull()
    {
        var decision = _engine.Evaluate(Records.Measure1());

        decision.NonDuplication.Should().BeNull();
        decision.PayableYuan.Should().Be(3_000_000m);
        decision.Reason.Should().Be(ReasonCode.RateApplied);
    }

    [Fact]
    public void EvaluateBatch_RecordAloneForItsSubject_NonDuplicationNull()
    {
        var records = new[]
        {
            Measure1At3M("A-1", "P-1"),
            Records.Measure7a() with { ApplicationId = "A-2", SubjectId = "P-2" },
            Records.Measure13() with { ApplicationId = "A-3" },
        };

        var decisions = _engine.EvaluateBatch(records);

        decisions.Should().AllSatisfy(d => d.NonDuplication.Should().BeNull());
        decisions.Select(d => d.PayableYuan).Should().Equal(3_000_000m, 5_000_000m, 600_000m);
        decisions.Select(d => d.SubjectId).Should().Equal("P-1", "P-2", "A-3");
    }

    [Fact]
    public void EvaluateBatch_NonEligibleRecordsInGroup_Untouched()
    {
        var records = new[]
        {
            Measure1At3M("A-1", "P-1"),
            Measure1At3M("A-2", "P-1") with { ProducerService = false },
            Records.Common(MeasureId.Measure4, "A-3") with { SubjectId = "P-1", InCluster = true },
            Records.Measure2(field: PlatformField.Other) with { ApplicationId = "A-4", SubjectId = "P-1" },
            Measure1At3M("A-5", "P-1") with { ApplicationDate = new LocalDate(2028, 1, 1) },
            Measure1At3M("A-6", "P-1") with { DistrictCode = 500199 },
            Records.Common(MeasureId.Measure7b, "A-7") with { SubjectId = "P-1" },
        };

        var decisions = _engine.EvaluateBatch(records);

        decisions.Select(d => d.Outcome).Should().Equal(
            Outcome.Eligible, Outcome.Ineligible, Outcome.NonMonetary, Outcome.NeedsReview, Outcome.NotApplicable, Outcome.Invalid, Outcome.NeedsReview);
        decisions.Select(d => d.Reason).Should().Equal(
            ReasonCode.RateApplied, ReasonCode.NotProducerService, ReasonCode.NonMonetarySupport, ReasonCode.FieldNeedsReview,
            ReasonCode.OutsideValidity, ReasonCode.InvalidInput, ReasonCode.AmountNotFixed);
        decisions.Select(d => d.AwardYuan).Should().Equal(3_000_000m, 0m, 0m, 2_000_000m, 0m, 0m, 0m);
        decisions.Select(d => d.PayableYuan).Should().Equal(3_000_000m, 0m, 0m, 0m, 0m, 0m, 0m);
        decisions.Should().AllSatisfy(d => d.NonDuplication.Should().BeNull());
    }

    [Fact]
    public void EvaluateBatch_DuplicateApplicationId_LaterOneInvalid()
    {
        var records = new[]
        {
            Measure1At3M("A-1", "P-1"),
            Records.Measure7a() with { ApplicationId = "A-1", SubjectId = "P-2" },
        };

        var decisions = _engine.EvaluateBatch(records);

        decisions[0].Outcome.Should().Be(Outcome.Eligible);
        decisions[0].PayableYuan.Should().Be(3_000_000m);
        decisions[0].Problems.Should().BeEmpty();
        decisions[1].Outcome.Should().Be(Outcome.Invalid);
        decisions[1].Reason.Should().Be(ReasonCode.InvalidInput);
        decisions[1].AwardYuan.Should().Be(0m);
        decisions[1].PayableYuan.Should().Be(0m);
        decisions[1].Problems.Should().Equal(new Problem(RecordField.ApplicationId, "A-1", ProblemCode.DuplicateApplicationId));
    }

    [Fact]
    public void EvaluateBatch_DuplicateApplicationIdSameSubject_LaterOneTakesNoPart()
    {
        var records = new[]
        {
            Measure1At3M("A-1", "P-1"),
            Records.Measure7a() with { ApplicationId = "A-1", SubjectId = "P-1" },
        };

        var decisions = _engine.EvaluateBatch(records);

        decisions[0].PayableYuan.Should().Be(3_000_000m, "the invalid duplicate cannot supersede it");
        decisions[0].Reason.Should().Be(ReasonCode.RateApplied);
        decisions[0].NonDuplication.Should().BeNull();
        decisions[1].Outcome.Should().Be(Outcome.Invalid);
        decisions[1].NonDuplication.Should().BeNull();
    }

    [Fact]
    public void EvaluateBatch_DuplicateApplicationIdWithOtherProblems_EveryProblemListed()
    {
        var records = new[]
        {
            Measure1At3M("A-1", "P-1"),
            Measure1At3M("A-1", "P-1") with { DistrictCode = 500199 },
        };

        var decisions = _engine.EvaluateBatch(records);

        decisions[1].Problems.Should().Equal(
            new Problem(RecordField.DistrictCode, "500199", ProblemCode.UnknownDistrict),
            new Problem(RecordField.ApplicationId, "A-1", ProblemCode.DuplicateApplicationId));
    }

    [Fact]
    public void EvaluateBatch_ManySubjects_AtMostOnePayablePerSubjectAndItIsTheHighest()
    {
        var factories = new Func<string, string, ApplicationRecord>[]
        {
            (id, s) => Measure1At3M(id, s),
            (id, s) => Measure1AtCap(id, s),
            (id, s) => Records.Measure2() with { ApplicationId = id, SubjectId = s },
            (id, s) => Records.Measure3(tier: 3) with { ApplicationId = id, SubjectId = s },
            (id, s) => Records.Measure5() with { ApplicationId = id, SubjectId = s },
            (id, s) => Records.Measure7a() with { ApplicationId = id, SubjectId = s },
            (id, s) => Records.Measure7c() with { ApplicationId = id, SubjectId = s },
            (id, s) => Records.Measure13() with { ApplicationId = id, SubjectId = s },
            (id, s) => Records.Common(MeasureId.Measure9, id) with { SubjectId = s },
        };
        var records = Enumerable.Range(0, 200)
            .Select(i => factories[(i * 7) % factories.Length]($"A-{i:000}", $"S-{i % 23}"))
            .ToList();

        var decisions = _engine.EvaluateBatch(records);

        decisions.Select(d => d.ApplicationId).Should().Equal(records.Select(r => r.ApplicationId));
        foreach (var group in decisions.GroupBy(d => d.SubjectId))
        {
            var eligible = group.Where(d => d.Outcome == Outcome.Eligible).ToList();
            var paid = group.Where(d => d.PayableYuan > 0m).ToList();
            paid.Should().ContainSingle($"subject {group.Key} has eligible records and no other-policy support");
            paid[0].AwardYuan.Should().Be(eligible.Max(d => d.AwardYuan));
            paid[0].Measure.Should().Be(eligible.Where(d => d.AwardYuan == paid[0].AwardYuan).Min(d => d.Measure));
            group.Where(d => d != paid[0] && d.Outcome == Outcome.Eligible)
                .Should().AllSatisfy(d => d.Reason.Should().Be(ReasonCode.SupersededByHigher));
        }
    }

    [Fact]
    public void EvaluateBatch_MixedRecords_ResultOrderEqualsInputOrder()
    {
        var records = new[]
        {
            Records.Measure13() with { ApplicationId = "Z-9" },
            Records.Measure7a() with { ApplicationId = "B-2", SubjectId = "P" },
            Records.Common(MeasureId.Measure8, "A-1"),
            Measure1At3M("M-5", "P"),
            Records.Common(MeasureId.Measure6, "C-3"),
        };

        var decisions = _engine.EvaluateBatch(records);

        decisions.Select(d => d.ApplicationId).Should().Equal("Z-9", "B-2", "A-1", "M-5", "C-3");
        decisions.Select(d => d.Measure).Should().Equal(
            MeasureId.Measure13, MeasureId.Measure7a, MeasureId.Measure8, MeasureId.Measure1, MeasureId.Measure6);
    }

    [Fact]
    public void Explain_Superseded_NamesWinnerInBothLanguages()
    {
        var records = new[]
        {
            Measure1At3M("A-1", "P-1"),
            Records.Measure7a() with { ApplicationId = "A-2", SubjectId = "P-1" },
        };

        var loser = _engine.EvaluateBatch(records)[0];

        loser.Explain(Language.Chinese).Should().Contain("就高不重复").And.Contain("A-2");
        loser.Explain(Language.English).Should().Contain("No duplicate support").And.Contain("A-2");
    }
}
