using ChongqingServicePolicy.Decisions;
using ChongqingServicePolicy.Domain;
using ChongqingServicePolicy.Parameters;
using NodaTime;

namespace ChongqingServicePolicy.Tests.Engine;

/// <summary>
/// The order 就高不重复 keeps within the policy, one key at a time: the higher award, then on equal awards the lower
/// measure number, then the earlier application date, then the record observed first. Each case has two records of
/// one subject, A observed before B, whose keys pull in opposite directions, so that only the deciding key can give
/// the winner.
/// </summary>
public sealed class NonDuplicationOrderTests
{
    private static readonly LocalDate Day = new(2025, 3, 1);

    public static TheoryData<string, decimal, MeasureId, int, decimal, MeasureId, int, string> Pairs => new()
    {
        // name, A's award, measure, date (days after 2025-03-01), B's award, measure, date, the winner
        { "B higher although its measure and date are later", 1_000_000m, MeasureId.Measure1, 0, 1_000_000.01m, MeasureId.Measure13, 5, "B" },
        { "B lower although its measure and date are earlier", 1_000_000.01m, MeasureId.Measure13, 5, 1_000_000m, MeasureId.Measure1, 0, "A" },
        { "equal awards, B's measure higher although its date is earlier", 1_000_000m, MeasureId.Measure1, 5, 1_000_000m, MeasureId.Measure2, 0, "A" },
        { "equal awards, B's measure lower although its date is later", 1_000_000m, MeasureId.Measure2, 0, 1_000_000m, MeasureId.Measure1, 5, "B" },
        { "equal awards and measures, B a day later", 1_000_000m, MeasureId.Measure1, 0, 1_000_000m, MeasureId.Measure1, 1, "A" },
        { "equal awards and measures, B a day earlier", 1_000_000m, MeasureId.Measure1, 1, 1_000_000m, MeasureId.Measure1, 0, "B" },
        { "all keys equal: the record observed first", 1_000_000m, MeasureId.Measure1, 0, 1_000_000m, MeasureId.Measure1, 0, "A" },
    };

    [Theory]
    [MemberData(nameof(Pairs))]
    public void Compare_TwoRecordsOfASubject_TheDecidingKeyPicksTheWinner(
        string name, decimal awardA, MeasureId measureA, int dayA, decimal awardB, MeasureId measureB, int dayB, string winner)
    {
        var resolver = new NonDuplicationResolver(PolicyParameters.Default.General);
        var a = new ComparedApplication("A", measureA, awardA, Day.PlusDays(dayA));
        var b = new ComparedApplication("B", measureB, awardB, Day.PlusDays(dayB));
        Observe(resolver, "P-1", a);
        Observe(resolver, "P-1", b);

        var forA = resolver.Compare("P-1", "A", a.Measure, a.AwardYuan, a.Date)!;
        var forB = resolver.Compare("P-1", "B", b.Measure, b.AwardYuan, b.Date)!;

        var best = winner == "A" ? a : b;
        (forA.WinnerApplicationId, forA.WinnerMeasure, forA.WinnerAwardYuan).Should().Be((best.ApplicationId, best.Measure, best.AwardYuan), name);
        forA.Suppression.Should().Be(winner == "A" ? SuppressionKind.None : SuppressionKind.SupersededByHigher, name);
        forB.Suppression.Should().Be(winner == "B" ? SuppressionKind.None : SuppressionKind.SupersededByHigher, name);
        forA.Compared.Should().Equal(a, b);
    }

    [Fact]
    public void Compare_ThreeRecords_TheBestSoFarIsKeptAgainstALaterLowerOne()
    {
        var resolver = new NonDuplicationResolver(PolicyParameters.Default.General);
        Observe(resolver, "P-1", new ComparedApplication("A", MeasureId.Measure13, 1_000_000m, Day));
        Observe(resolver, "P-1", new ComparedApplication("B", MeasureId.Measure1, 3_000_000m, Day.PlusDays(2)));
        Observe(resolver, "P-1", new ComparedApplication("C", MeasureId.Measure1, 2_000_000m, Day));

        var result = resolver.Compare("P-1", "C", MeasureId.Measure1, 2_000_000m, Day)!;

        result.WinnerApplicationId.Should().Be("B");
        result.ComparedApplicationIds.Should().Equal("A", "B", "C");
        result.Suppression.Should().Be(SuppressionKind.SupersededByHigher);
    }

    /// <summary>Observes a record taking part by its facts, as a reader of files does.</summary>
    private static void Observe(NonDuplicationResolver resolver, string subject, ComparedApplication compared) =>
        resolver.Observe(subject, compared.ApplicationId, compared.Measure, compared.AwardYuan, compared.Date, null, null);
}
