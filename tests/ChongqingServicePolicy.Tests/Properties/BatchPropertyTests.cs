using ChongqingServicePolicy.Decisions;
using ChongqingServicePolicy.Domain;
using ChongqingServicePolicy.Parameters;
using ChongqingServicePolicy.Tests.Support;
using CsCheck;
using static ChongqingServicePolicy.Tests.Properties.Generators;

namespace ChongqingServicePolicy.Tests.Properties;

/// <summary>就高不重复 across generated batches, and determinism of every decision.</summary>
public sealed class BatchPropertyTests
{
    private static readonly PolicyEngine Engine = Records.Engine();

    /// <summary>Batches of 1–12 records sharing a few subjects and, now and then, an application id.</summary>
    private static readonly Gen<ApplicationRecord[]> Batches =
        Gen.Select(AnyRecord, Gen.Int[0, 4], Gen.Int[0, 20], (record, subject, id) => record with
        {
            SubjectId = subject == 0 ? null : $"S{subject}",
            ApplicationId = id == 0 ? "A-repeat" : $"{record.ApplicationId}-{id}",
        }).Array[1, 12];

    [Fact]
    public void EvaluateBatch_AnyBatch_AtMostOnePayablePerSubjectAndItIsTheHighest()
    {
        Batches.Sample(
            batch =>
            {
                var decisions = Engine.EvaluateBatch(batch);

                decisions.Should().HaveCount(batch.Length);
                for (var i = 0; i < batch.Length; i++)
                {
                    decisions[i].ApplicationId.Should().Be(batch[i].ApplicationId, "decisions keep input order");
                    decisions[i].PayableYuan.Should().BeInRange(0m, decisions[i].AwardYuan);
                    if (decisions[i].Outcome != Outcome.Eligible)
                    {
                        decisions[i].PayableYuan.Should().Be(0m);
                    }
                }

                foreach (var group in decisions.Select((d, i) => (Decision: d, Record: batch[i])).GroupBy(x => x.Decision.SubjectId))
                {
                    var payable = group.Where(x => x.Decision.PayableYuan > 0m).ToList();
                    payable.Should().HaveCountLessThanOrEqualTo(1, "subject {0} is supported once", group.Key);
                    var eligible = group.Where(x => x.Decision.Outcome == Outcome.Eligible && x.Decision.AwardYuan > 0m).ToList();
                    // Support under another policy counts from any record of the subject that is not invalid.
                    var other = group.Max(x => x.Decision.Outcome != Outcome.Invalid ? x.Record.OtherPolicyAwardYuan : null);
                    if (payable.Count == 1)
                    {
                        var paid = payable[0].Decision;
                        paid.PayableYuan.Should().Be(paid.AwardYuan);
                        paid.AwardYuan.Should().Be(eligible.Max(x => x.Decision.AwardYuan), "the higher support is the one given");
                        if (other is { } otherAward)
                        {
                            paid.AwardYuan.Should().BeGreaterThan(otherAward, "on equal amounts the other policy keeps it");
                        }
                    }
                    else if (eligible.Count > 0)
                    {
                        other.Should().NotBeNull("an eligible subject is paid unless another policy gives at least as much");
                        other!.Value.Should().BeGreaterThanOrEqualTo(eligible.Max(x => x.Decision.AwardYuan));
                    }
                }

                var ids = new HashSet<string>(StringComparer.Ordinal);
                for (var i = 0; i < batch.Length; i++)
                {
                    if (!ids.Add(batch[i].ApplicationId))
                    {
                        decisions[i].Outcome.Should().Be(Outcome.Invalid, "a repeated application id is invalid");
                        decisions[i].Problems.Any(p => p.Code == ProblemCode.DuplicateApplicationId).Should().BeTrue();
                    }
                }
            },
            iter: Iterations);
    }

    [Fact]
    public void Evaluate_SameRecordTwiceOrOnAnotherEngine_SameDecisionAndText()
    {
        var other = Records.Engine();
        AnyRecord.Sample(
            record =>
            {
                var first = Engine.Evaluate(record);
                var again = Engine.Evaluate(record);
                var elsewhere = other.Evaluate(record);

                again.ShouldAgreeWith(first);
                elsewhere.ShouldAgreeWith(first);
                again.Summarize(Language.English).Should().Be(first.Summarize(Language.English));
                elsewhere.Summarize(Language.English).Should().Be(first.Summarize(Language.English));

                first.AwardYuan.ToString(System.Globalization.CultureInfo.InvariantCulture).Should().NotContain("E", "amounts are plain decimals");
            },
            iter: Iterations);
    }

    [Fact]
    public void Evaluate_RecordDeclaringOtherSupport_SameAsABatchOfThatRecordAlone()
    {
        // Evaluate applies 就高不重复 to one record without a resolver; a batch of the record alone goes through one.
        // The declared support is drawn around the award (equal, a fen either side) as well as anywhere, under both
        // settings of general.ties_go_to_other_policy.
        var engines = new[]
        {
            Engine,
            new PolicyEngine(
                PolicyParameters.Default.With(b => b.General = b.General with { TiesGoToOtherPolicy = false }),
                new NodaTime.Testing.FakeClock(NodaTime.Instant.FromUtc(2025, 6, 1, 4, 0))),
        };
        var compared = 0;
        Gen.Select(AnyRecord, Gen.Int[0, 4], Gen.Int[0, 1]).Sample(
            (record, choice, ties) =>
            {
                var engine = engines[ties];
                var award = engine.Evaluate(record with { OtherPolicyAwardYuan = null }).AwardYuan;
                var other = choice switch
                {
                    0 => award,
                    1 => award + 0.01m,
                    2 => Math.Max(0m, award - 0.01m),
                    3 => (decimal?)null,
                    _ => record.OtherPolicyAwardYuan,
                };
                var declaring = record with { OtherPolicyAwardYuan = other, OtherPolicyName = other is null ? null : "渝府发〔2023〕1号" };

                var alone = engine.Evaluate(declaring);
                var batch = engine.EvaluateBatch([declaring])[0];

                alone.ShouldAgreeWith(batch);
                if (alone.NonDuplication is not null)
                {
                    Interlocked.Increment(ref compared);
                }
            },
            iter: Iterations);

        compared.Should().BePositive("some records take part and are compared with the support they declare");
    }

    [Fact]
    public void EvaluateBatch_DistinctSubjectsWithoutOtherPolicy_SameAsEachAlone()
    {
        Gen.Select(AnyRecord, Gen.Int[1, 1_000_000], (r, n) => r with { ApplicationId = $"U-{n}", SubjectId = null, OtherPolicyAwardYuan = null })
            .ArrayUnique[1, 8]
            .Where(batch => batch.Select(r => r.ApplicationId).Distinct().Count() == batch.Length)
            .Sample(
                batch =>
                {
                    var together = Engine.EvaluateBatch(batch);

                    for (var i = 0; i < batch.Length; i++)
                    {
                        var alone = Engine.Evaluate(batch[i]);
                        together[i].Outcome.Should().Be(alone.Outcome);
                        together[i].AwardYuan.Should().Be(alone.AwardYuan);
                        together[i].PayableYuan.Should().Be(alone.PayableYuan, "a subject with one application is compared with nothing");
                        together[i].Trace.Should().Equal(alone.Trace);
                    }
                },
                iter: Iterations);
    }
}
