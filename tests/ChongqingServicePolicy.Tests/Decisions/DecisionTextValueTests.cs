using ChongqingServicePolicy.Catalogue;
using ChongqingServicePolicy.Decisions;
using ChongqingServicePolicy.Domain;

namespace ChongqingServicePolicy.Tests.Decisions;

/// <summary>
/// Explanations format values in place, without <see cref="TraceValue.Format"/>'s strings; the text must be the
/// same character for character, for every unit, on both sides of every shortcut (scale, sign, size).
/// </summary>
public sealed class DecisionTextValueTests
{
    private static readonly decimal[] Numbers =
    [
        0m, 0.00m, new(0, 0, 0, true, 2), 1m, 1.0m, 1.00m, 1.000m, 0.5m, 0.01m, 0.005m, 0.015m, 0.125m, 0.1m, 0.3m, 12.3456789m,
        999m, 1000m, 999999.99m, 1000000m, 5_000_000m, 1_234_567.891m, 1_234_567.895m, 22_900_000m, -1m, -0.01m, -1234.5m,
        -1_000_000m, 99_999_999_999_999.99m, 100_000_000_000_000m, 100_000_000_000_000.00m, 123_456_789_012_345_678m,
        999_999_999m, 1_000_000_000m, -999_999_999m, -1_000_000_000m, 2_147_483_647m, 2_147_483_648m, decimal.MaxValue,
        decimal.MinValue, 0.0000000000000000000000000001m, 1.00000m, 12.34560m, 0.3333333333333333333333333333m,
    ];

    public static TheoryData<ValueUnit, Language> UnitsAndLanguages()
    {
        var data = new TheoryData<ValueUnit, Language>();
        foreach (var unit in new[] { ValueUnit.Yuan, ValueUnit.Rate, ValueUnit.Count, ValueUnit.DistrictCode, ValueUnit.Tier, ValueUnit.Rank, ValueUnit.Score, ValueUnit.Flag })
        {
            data.Add(unit, Language.Chinese);
            data.Add(unit, Language.English);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(UnitsAndLanguages))]
    public void Render_AnyNumber_WritesTheValueAsFormatDoes(ValueUnit unit, Language language)
    {
        foreach (var number in Numbers.Concat(RandomNumbers()))
        {
            var value = TraceValue.Of(number, unit);

            Outcome(() => Cap(value, language)).Should().Be(Outcome(() => Expected(value, language)), $"{number} as {unit}");
        }
    }

    [Theory]
    [InlineData(2024, 11, 19)]
    [InlineData(2027, 12, 31)]
    [InlineData(2024, 2, 29)]
    [InlineData(1, 1, 1)]
    [InlineData(9999, 12, 31)]
    [InlineData(999, 3, 4)]
    public void Render_Date_WritesTheDateAsFormatDoes(int year, int month, int day)
    {
        var value = TraceValue.Date(new NodaTime.LocalDate(year, month, day));

        Cap(value, Language.Chinese).Should().Be(Expected(value, Language.Chinese));
        Cap(value, Language.English).Should().Be(Expected(value, Language.English));
    }

    [Fact]
    public void Render_DateThatDoesNotExist_FailsAsFormatDoes()
    {
        var value = TraceValue.Of(20250230m, ValueUnit.Date);

        var format = () => value.Format(Language.Chinese);
        var render = () => Cap(value, Language.Chinese);

        format.Should().Throw<ArgumentOutOfRangeException>();
        render.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Explain_IntoABuilder_AppendsWhatExplainReturns()
    {
        var decision = new PolicyEngine().Evaluate(new ApplicationRecord
        {
            ApplicationId = "A-1",
            Measure = MeasureId.Measure1,
            CreditCode = "91500103MA61F9JP0K",
            DistrictCode = 500103,
            ApplicationDate = new NodaTime.LocalDate(2025, 6, 1),
            ProducerService = true,
            TotalInvestmentYuan = 22_900_000m,
            ApprovedInvestmentYuan = 19_001_211.5m,
        });
        var builder = new System.Text.StringBuilder("before|");

        DecisionText.Explain(decision, Language.English, "; ", builder);

        builder.ToString().Should().Be("before|" + DecisionText.Explain(decision, Language.English, "; "));
        decision.Summarize(Language.English).Should().Contain("CNY 1,900,121.15");
    }

    /// <summary>The text, or the exception's type when there is none (a rate too large to show as a percentage overflows).</summary>
    private static string Outcome(Func<string> text)
    {
        try
        {
            return text();
        }
        catch (Exception ex)
        {
            return ex.GetType().Name;
        }
    }

    /// <summary>A cap step shows its value alone, after a fixed text: what the value renders as is all that varies.</summary>
    private static string Cap(TraceValue value, Language language) =>
        DecisionText.Render(new TraceStep(TraceCode.AbsoluteCap, PolicyClause.Measure1, RecordField.Record, true, false, value), language);

    private static string Expected(TraceValue value, Language language) =>
        language == Language.Chinese ? "[（一）] 最高不超过 " + value.Format(language) : "[(1)] Cap " + value.Format(language);

    private static IEnumerable<decimal> RandomNumbers()
    {
        var random = new Random(20241119);
        for (var i = 0; i < 2000; i++)
        {
            var scale = (byte)random.Next(0, 8);
            yield return new decimal(random.Next(), random.Next(0, 3) == 0 ? random.Next(0, 50) : 0, 0, random.Next(0, 6) == 0, scale);
        }
    }
}
