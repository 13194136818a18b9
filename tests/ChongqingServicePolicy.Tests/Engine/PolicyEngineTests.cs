using ChongqingServicePolicy.Catalogue;
using ChongqingServicePolicy.Decisions;
using ChongqingServicePolicy.Districts;
using ChongqingServicePolicy.Domain;
using ChongqingServicePolicy.Parameters;
using ChongqingServicePolicy.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;

namespace ChongqingServicePolicy.Tests.Engine;

/// <summary>The engine: DI registration, "today" from the clock in Asia/Shanghai, and thread safety.</summary>
public sealed class PolicyEngineTests
{
    [Fact]
    public void AddChongqingServicePolicy_CalledTwice_OneSingletonRegistration()
    {
        var services = new ServiceCollection().AddChongqingServicePolicy().AddChongqingServicePolicy();

        services.Count(d => d.ServiceType == typeof(PolicyEngine)).Should().Be(1);
        services.Count(d => d.ServiceType == typeof(PolicyParameters)).Should().Be(1);
        services.Count(d => d.ServiceType == typeof(IClock)).Should().Be(1);
        services.Count(d => d.ServiceType == typeof(DistrictRegistry)).Should().Be(1);
        services.Count(d => d.ServiceType == typeof(MeasureCatalogue)).Should().Be(1);
        services.Single(d => d.ServiceType == typeof(PolicyEngine)).Lifetime.Should().Be(ServiceLifetime.Singleton);

        using var provider = services.BuildServiceProvider();
        var first = provider.GetRequiredService<PolicyEngine>();
        var second = provider.GetRequiredService<PolicyEngine>();

        first.Should().BeSameAs(second);
        using (var scope = provider.CreateScope())
        {
            scope.ServiceProvider.GetRequiredService<PolicyEngine>().Should().BeSameAs(first);
        }

        first.Parameters.Should().BeSameAs(PolicyParameters.Default);
        first.Clock.Should().BeSameAs(SystemClock.Instance);
        first.Districts.Should().BeSameAs(DistrictRegistry.Default);
        first.Catalogue.Should().BeSameAs(MeasureCatalogue.Default);
    }

    [Fact]
    public void AddChongqingServicePolicy_WithConfigure_OverrideApplied()
    {
        using var provider = new ServiceCollection()
            .AddChongqingServicePolicy(b => b.Measure1 = b.Measure1 with { CapYuan = 8_000_000m })
            .BuildServiceProvider();

        var engine = provider.GetRequiredService<PolicyEngine>();

        engine.Parameters.Measure1.CapYuan.Should().Be(8_000_000m);
        engine.Parameters.Measure1.MajorProjectCapYuan.Should().Be(20_000_000m);
        var decision = engine.Evaluate(Records.Measure1(approved: 100_000_000m, total: 100_000_000m));
        decision.AwardYuan.Should().Be(8_000_000m);
        decision.Reason.Should().Be(ReasonCode.CapApplied);
    }

    [Fact]
    public void AddChongqingServicePolicy_SecondConfigure_FirstRegistrationWins()
    {
        using var provider = new ServiceCollection()
            .AddChongqingServicePolicy(b => b.Measure1 = b.Measure1 with { CapYuan = 8_000_000m })
            .AddChongqingServicePolicy(b => b.Measure1 = b.Measure1 with { CapYuan = 6_000_000m })
            .BuildServiceProvider();

        provider.GetRequiredService<PolicyEngine>().Parameters.Measure1.CapYuan.Should().Be(8_000_000m);
    }

    [Fact]
    public void AddChongqingServicePolicy_GivenParameterSet_Used()
    {
        var parameters = PolicyParameters.FromJson("""{ "measures": { "13": { "cap_yuan": 500000 } } }""");
        using var provider = new ServiceCollection().AddChongqingServicePolicy(parameters).BuildServiceProvider();

        var engine = provider.GetRequiredService<PolicyEngine>();

        engine.Parameters.Should().BeSameAs(parameters);
        engine.Evaluate(Records.Measure13(input: 10_000_000m)).AwardYuan.Should().Be(500_000m);
    }

    [Fact]
    public void AddChongqingServicePolicy_InvalidConfigure_ThrowsWhenResolved()
    {
        using var provider = new ServiceCollection()
            .AddChongqingServicePolicy(b => b.Measure1 = b.Measure1 with { CapYuan = -1m })
            .BuildServiceProvider();

        var act = () => provider.GetRequiredService<PolicyEngine>();

        act.Should().Throw<PolicyParameterException>().Which.Errors.Select(e => e.Path).Should().Equal("measures.1.cap_yuan");
    }

    [Fact]
    public void AddChongqingServicePolicy_RegisteredClock_UsedForToday()
    {
        var clock = new FakeClock(Instant.FromUtc(2025, 6, 1, 17, 0));
        using var provider = new ServiceCollection()
            .AddSingleton<IClock>(clock)
            .AddChongqingServicePolicy()
            .BuildServiceProvider();

        var engine = provider.GetRequiredService<PolicyEngine>();

        engine.Clock.Should().BeSameAs(clock);
        engine.Today().Should().Be(new LocalDate(2025, 6, 2));
        clock.AdvanceDays(30);
        engine.Today().Should().Be(new LocalDate(2025, 7, 2));
    }

    [Theory]
    [InlineData(2025, 6, 1, 15, 59, 2025, 6, 1)]
    [InlineData(2025, 6, 1, 16, 0, 2025, 6, 2)]
    [InlineData(2025, 6, 1, 17, 0, 2025, 6, 2)]
    [InlineData(2024, 12, 31, 23, 0, 2025, 1, 1)]
    public void Today_UtcInstant_DateInShanghai(int y, int mo, int d, int h, int mi, int ey, int emo, int ed)
    {
        var engine = new PolicyEngine(clock: new FakeClock(Instant.FromUtc(y, mo, d, h, mi)));

        engine.Today().Should().Be(new LocalDate(ey, emo, ed));
    }

    [Fact]
    public void Evaluate_NoApplicationDate_TodayFromClockWithTraceStep()
    {
        var engine = new PolicyEngine(clock: new FakeClock(Instant.FromUtc(2025, 6, 1, 17, 0)));

        var decision = engine.Evaluate(Records.Measure1() with { ApplicationDate = null });

        decision.Date.Should().Be(new LocalDate(2025, 6, 2));
        decision.Outcome.Should().Be(Outcome.Eligible);
        decision.AwardYuan.Should().Be(3_000_000m);
        var step = decision.Trace[0];
        step.Code.Should().Be(TraceCode.DateFromClock);
        step.Field.Should().Be(RecordField.ApplicationDate);
        step.Left.AsDate().Should().Be(new LocalDate(2025, 6, 2));
        decision.Trace.Single(s => s.Code == TraceCode.ValidityWindow).Left.AsDate().Should().Be(new LocalDate(2025, 6, 2));
        decision.Explain(Language.Chinese).Should().Contain("2025-06-02").And.Contain("Asia/Shanghai");
        decision.Explain(Language.English).Should().Contain("decided as of today, 2025-06-02");
    }

    [Fact]
    public void Evaluate_ApplicationDateGiven_NoClockStep()
    {
        var engine = new PolicyEngine(clock: new FakeClock(Instant.FromUtc(2025, 6, 1, 17, 0)));

        var decision = engine.Evaluate(Records.Measure1());

        decision.Date.Should().Be(Records.Date);
        decision.Trace.Should().NotContain(s => s.Code == TraceCode.DateFromClock);
    }

    [Theory]
    [InlineData(15, 59, Outcome.Eligible)]
    [InlineData(16, 0, Outcome.NotApplicable)]
    public void Evaluate_NoApplicationDateAtPolicyEnd_ShanghaiDateDecidesValidity(int hour, int minute, Outcome outcome)
    {
        // 2027-12-31T16:00Z is 2028-01-01 00:00 in Shanghai: the day after the policy ends.
        var engine = new PolicyEngine(clock: new FakeClock(Instant.FromUtc(2027, 12, 31, hour, minute)));

        var decision = engine.Evaluate(Records.Measure1() with { ApplicationDate = null, DistrictCode = 500157 });

        decision.Outcome.Should().Be(outcome);
    }

    [Fact]
    public void EvaluateBatch_NoApplicationDate_TodayFromClock()
    {
        var engine = new PolicyEngine(clock: new FakeClock(Instant.FromUtc(2025, 6, 1, 17, 0)));

        var decisions = engine.EvaluateBatch([Records.Measure1() with { ApplicationDate = null }, Records.Measure13() with { ApplicationId = "A-2" }]);

        decisions[0].Date.Should().Be(new LocalDate(2025, 6, 2));
        decisions[0].Trace[0].Code.Should().Be(TraceCode.DateFromClock);
        decisions[1].Date.Should().Be(Records.Date);
    }

    [Fact]
    public void Evaluate_NoApplicationDateGivenDay_UsesThatDay()
    {
        var engine = Records.Engine();

        var decision = engine.Evaluate(Records.Measure1() with { ApplicationDate = null }, new LocalDate(2028, 1, 1));

        decision.Date.Should().Be(new LocalDate(2028, 1, 1));
        decision.Outcome.Should().Be(Outcome.NotApplicable);
    }

    [Fact]
    public void GetRule_EveryMeasure_RuleOfThatMeasure()
    {
        var engine = Records.Engine();

        foreach (var measure in MeasureIds.All)
        {
            engine.GetRule(measure).Measure.Should().Be(measure);
        }

        var act = () => engine.GetRule((MeasureId)0);
        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Evaluate_UndefinedMeasure_InvalidUndefinedValue()
    {
        var decision = Records.Engine().Evaluate(Records.Common((MeasureId)42));

        decision.Outcome.Should().Be(Outcome.Invalid);
        decision.Problems.Should().ContainSingle().Which.Should().Be(
            new Problem(RecordField.Measure, "42", ProblemCode.UndefinedValue, "1…16, 7a…7d"));
    }

    [Fact]
    public void Evaluate_ManyThreadsOneEngine_SameAsOneThread()
    {
        var engine = new PolicyEngine(clock: new FakeClock(Instant.FromUtc(2025, 6, 1, 17, 0)));
        var records = ThousandRecords();
        var expectedSingle = records.Select(r => Fingerprint(engine.Evaluate(r))).ToArray();
        var expectedBatch = engine.EvaluateBatch(records).Select(Fingerprint).ToArray();

        var results = new (string[] Single, string[] Batch)[8];
        using var start = new Barrier(8);
        var threads = Enumerable.Range(0, 8).Select(t => new Thread(() =>
        {
            start.SignalAndWait();
            var single = new string[records.Count];
            for (var i = 0; i < records.Count; i++)
            {
                // Each thread walks the records from a different starting point.
                var k = (i + (t * 125)) % records.Count;
                single[k] = Fingerprint(engine.Evaluate(records[k]));
            }

            results[t] = (single, engine.EvaluateBatch(records).Select(Fingerprint).ToArray());
        })).ToList();

        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());

        foreach (var (single, batch) in results)
        {
            single.Should().Equal(expectedSingle);
            batch.Should().Equal(expectedBatch);
        }

        expectedSingle.Should().HaveCount(1000);
        expectedBatch.Count(f => f.Contains("superseded-by-higher", StringComparison.Ordinal)).Should().BeGreaterThan(0);
    }

    private static string Fingerprint(Decision d) =>
        string.Join(
            "|",
            d.ApplicationId,
            d.Outcome,
            d.AwardYuan.ToString(System.Globalization.CultureInfo.InvariantCulture),
            d.PayableYuan.ToString(System.Globalization.CultureInfo.InvariantCulture),
            d.Reason.ToCode(),
            d.Explain(Language.English),
            d.Explain(Language.Chinese));

    private static List<ApplicationRecord> ThousandRecords()
    {
        var list = new List<ApplicationRecord>(1000);
        for (var i = 0; i < 1000; i++)
        {
            var id = $"T-{i:0000}";
            var subject = $"S-{i % 97}";
            var record = (i % 10) switch
            {
                0 => Records.Measure1(approved: 1_000_000m + (i * 12_345.67m), total: 500_000_000m),
                1 => Records.Measure2(approved: 4_000_000m + (i * 10_000m)),
                2 => Records.Measure3(tier: 1 + (i % 5)),
                3 => Records.Measure5(tier: null, growth: (i % 30) / 100m),
                4 => Records.Measure7a(firstTime: i % 3 != 0),
                5 => Records.Measure7c(revenue: 19_000_000m + (i * 3_000m)),
                6 => Records.Measure13(input: i * 1_111.11m),
                7 => Records.Common(MeasureId.Measure4) with { InCluster = i % 2 == 0 },
                8 => Records.Measure1() with { ApplicationDate = null, DistrictCode = 500105 },
                _ => Records.Measure1() with { DistrictCode = i % 4 == 0 ? 500199 : 500157, ApplicationDate = new LocalDate(2025, 11, 5).PlusDays(i % 3) },
            };
            list.Add(record with { ApplicationId = id, SubjectId = subject, OtherPolicyAwardYuan = i % 50 == 0 ? 2_000_000m : null });
        }

        return list;
    }
}
