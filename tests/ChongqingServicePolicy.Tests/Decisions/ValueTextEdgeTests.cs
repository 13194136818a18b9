using System.Collections.Immutable;
using ChongqingServicePolicy.Catalogue;
using ChongqingServicePolicy.Decisions;
using ChongqingServicePolicy.Domain;
using NodaTime;

namespace ChongqingServicePolicy.Tests.Decisions;

/// <summary>
/// Values at the edges of the in-place formatting's shortcuts, word for word in both languages, as
/// <see cref="DecisionText.Render(TraceStep, Language, MeasureInfo?)"/> writes them (characters) and as a decision's
/// explanation carries them (UTF-8): the first value past each bound the shortcuts test (a rate whose percentage is
/// beyond the decimal range, digits that overflow 64 bits when multiplied by 100, digits in the high 32 bits, the largest
/// scale, a whole number past <see cref="int.MaxValue"/>), and dates on either side of each limit of the calendar.
/// </summary>
public sealed class ValueTextEdgeTests
{
    /// <summary>decimal.MaxValue / 100, exactly (two places).</summary>
    private const decimal LastPercent = 792_281_625_142_643_375_935_439_503.35m;

    /// <summary>
    /// The next decimal after it, whose × 100 overflows: 29 digits with two places would need digits beyond 2^96, so it
    /// has one place.
    /// </summary>
    private const decimal FirstBeyondPercent = 792_281_625_142_643_375_935_439_503.4m;

    public static TheoryData<decimal, ValueUnit, string> Values() => new()
    {
        { LastPercent, ValueUnit.Rate, "79228162514264337593543950335%" },
        { FirstBeyondPercent, ValueUnit.Rate, "79228162514264337593543950340%" },
        { -FirstBeyondPercent, ValueUnit.Rate, "-79228162514264337593543950340%" },
        { 184_467_440_737_095_516m, ValueUnit.Rate, "18446744073709551600%" },
        { 184_467_440_737_095_517m, ValueUnit.Rate, "18446744073709551700%" },
        { 18_446_744_073_709_551.62m, ValueUnit.Rate, "1844674407370955162%" },
        { new decimal(5, 0, 1, false, 0), ValueUnit.Count, "18446744073709551621" },
        { new decimal(5, 0, 1, false, 0), ValueUnit.Rank, "18446744073709551621" },
        { new decimal(5, 0, 1, false, 2), ValueUnit.Rate, "18446744073709551621%" },
        { new decimal(0, 0, 0, false, 16), ValueUnit.Count, "0" },
        { new decimal(0, 0, 0, false, 17), ValueUnit.Count, "0" },
        { new decimal(0, 0, 0, false, 18), ValueUnit.Tier, "0" },
        { new decimal(0, 0, 0, false, 19), ValueUnit.Rate, "0%" },
        { new decimal(3, 0, 0, false, 17), ValueUnit.DistrictCode, "0" },
        { 5m, ValueUnit.Count, "5" },
        { 5.0m, ValueUnit.Count, "5" },
        { 5.00m, ValueUnit.Count, "5" },
        { 0.05m, ValueUnit.Rate, "5%" },
        { 0.5m, ValueUnit.Rate, "50%" },
        { 5m, ValueUnit.Rate, "500%" },
        { -5m, ValueUnit.Count, "-5" },
        { -0.05m, ValueUnit.Rate, "-5%" },
        { new decimal(0, 0, 0, true, 0), ValueUnit.Count, "0" },
        { new decimal(0, 0, 0, true, 2), ValueUnit.Rate, "0%" },
        { 2_147_483_647m, ValueUnit.Count, "2147483647" },
        { 2_147_483_648m, ValueUnit.Count, "2147483648" },
        { 21_474_836.48m, ValueUnit.Rate, "2147483648%" },
        { 4_294_967_295m, ValueUnit.Count, "4294967295" },
        { 4_294_967_296m, ValueUnit.Count, "4294967296" },
    };

    [Theory]
    [MemberData(nameof(Values))]
    public void Render_ValueAtAShortcutsBound_IsTheNumberAsFormatWritesIt(decimal number, ValueUnit unit, string text)
    {
        var value = TraceValue.Of(number, unit);

        value.Format(Language.Chinese).Should().Be(text);
        AssertCap(value, text, text);
    }

    public static TheoryData<int, int, int, string> Dates() => new()
    {
        { 2025, 1, 1, "2025-01-01" },
        { 2025, 4, 30, "2025-04-30" },
        { 2025, 12, 31, "2025-12-31" },
        { 2024, 2, 29, "2024-02-29" },
        { 1, 1, 1, "0001-01-01" },
        { 9999, 12, 31, "9999-12-31" },
        // Before year 1 the year is written as ISO 8601 and decision records write it: the absolute year, with its
        // sign (year 0 is 1 BC; the year of the era would write 0001 and 0006, which name other days).
        { 0, 3, 4, "0000-03-04" },
        { -5, 3, 4, "-0005-03-04" },
        { -9998, 1, 1, "-9998-01-01" },
    };

    [Theory]
    [MemberData(nameof(Dates))]
    public void Render_Date_IsTheDateAsFormatWritesIt(int year, int month, int day, string text)
    {
        var value = TraceValue.Date(new LocalDate(year, month, day));

        value.Format(Language.English).Should().Be(text);
        AssertCap(value, text, text);
    }

    /// <summary>
    /// A date value that names no date is refused as <see cref="TraceValue.Format"/> refuses it: NodaTime's exception,
    /// which names the part out of range and its value, word for word (not the exception of the calendar lookup the
    /// in-place formatting checks a day with).
    /// </summary>
    [Theory]
    [InlineData(20250100, "day", 0)]
    [InlineData(20250229, "day", 29)]
    [InlineData(20250431, "day", 31)]
    [InlineData(20250001, "month", 0)]
    [InlineData(20251301, "month", 13)]
    [InlineData(100000101, "year", 10000)]
    public void Render_DateThatDoesNotExist_IsRefusedAsFormatRefusesIt(int yyyymmdd, string part, int actual)
    {
        var value = TraceValue.Of(yyyymmdd, ValueUnit.Date);

        foreach (var language in new[] { Language.Chinese, Language.English })
        {
            var format = () => value.Format(language);
            var refusal = format.Should().Throw<ArgumentOutOfRangeException>().Which;
            refusal.ParamName.Should().Be(part);
            refusal.ActualValue.Should().Be(actual);
            foreach (var act in new Action[] { () => DecisionText.Render(Cap(value), language), () => Summary(Cap(value), language) })
            {
                var thrown = act.Should().Throw<ArgumentOutOfRangeException>().Which;
                thrown.ParamName.Should().Be(part);
                thrown.ActualValue.Should().Be(actual);
                thrown.Message.Should().Be(refusal.Message);
            }
        }
    }

    public static TheoryData<decimal, string> Differences() => new()
    {
        { 0.05m, "5" },
        { 0.0123456789m, "1.23456789" },
        { -0.05m, "-5" },
        { LastPercent, "79228162514264337593543950335" },
        { FirstBeyondPercent, "79228162514264337593543950340" },
        { -FirstBeyondPercent, "-79228162514264337593543950340" },
        { decimal.MaxValue, "7922816251426433759354395033500" },
        { decimal.MinValue, "-7922816251426433759354395033500" },
        { 800_000_000_000_000_000_000_000_000.5m, "80000000000000000000000000050" },
    };

    [Theory]
    [MemberData(nameof(Differences))]
    public void Render_DistanceInPercentagePoints_KeepsEveryDigit(decimal difference, string points)
    {
        var step = new TraceStep(TraceCode.NextTierFrom, PolicyClause.Measure5, RecordField.RevenueGrowthRate, false, false, TraceValue.Rate(0.25m), TraceValue.Rate(0.3m), TraceValue.Rate(difference));
        var chinese = "[（五）] 营业收入增速达到 30% 可升至上一档，现为 25%，尚差 " + points + " 个百分点";
        var english = "[(5)] Revenue growth reaches the next tier up from 30%: at 25% it is " + points + " percentage points short";

        Assert(step, chinese, english);
    }

    /// <summary>Amounts on either side of every power of ten the in-place grouping counts digits against, up to its limit.</summary>
    public static TheoryData<decimal> AmountsAtPowersOfTen()
    {
        var data = new TheoryData<decimal> { 0m, 0.01m, 0.99m };
        for (var power = 1m; power <= 100_000_000_000_000m; power *= 10m)
        {
            data.Add(power - 0.01m);
            data.Add(power);
            data.Add(power + 0.01m);
            data.Add((power * 2m) - 1m);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(AmountsAtPowersOfTen))]
    public void Render_AmountAtAPowerOfTen_IsGroupedAsFormatGroupsIt(decimal yuan)
    {
        var value = TraceValue.Yuan(yuan);

        AssertCap(value, value.Format(Language.Chinese), value.Format(Language.English));
        value.Format(Language.Chinese).Should().Be(yuan.ToString("#,##0.00", System.Globalization.CultureInfo.InvariantCulture) + " 元");
    }

    private static TraceStep Cap(TraceValue value) => new(TraceCode.AbsoluteCap, PolicyClause.Measure1, RecordField.Record, true, false, value);

    private static void AssertCap(TraceValue value, string chinese, string english) =>
        Assert(Cap(value), "[（一）] 最高不超过 " + chinese, "[(1)] Cap " + english);

    private static void Assert(TraceStep step, string chinese, string english)
    {
        DecisionText.Render(step, Language.Chinese).Should().Be(chinese);
        DecisionText.Render(step, Language.English).Should().Be(english);
        Summary(step, Language.Chinese).Should().Be("符合条件（rate-applied）；" + chinese);
        Summary(step, Language.English).Should().Be("eligible (rate-applied); " + english);
    }

    /// <summary>A decision's explanation with the one step, through the UTF-8 path.</summary>
    private static string Summary(TraceStep step, Language language) =>
        Decision.Restore(
            "A-1", "S-1", MeasureId.Measure1, new LocalDate(2025, 6, 1), Outcome.Eligible, 1m, 1m, ReasonCode.RateApplied, ReasonCode.RateApplied,
            [step], ImmutableArray<Problem>.Empty, null, null).Summarize(language);
}
