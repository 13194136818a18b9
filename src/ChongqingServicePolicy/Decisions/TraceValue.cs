using System.Globalization;
using ChongqingServicePolicy.Domain;
using NodaTime;

namespace ChongqingServicePolicy.Decisions;

/// <summary>A number a trace step used, with what it stands for.</summary>
/// <param name="Number">The value; dates are held as yyyyMMdd, flags as 1 or 0, enumerations as their value.</param>
/// <param name="Unit">What the number stands for; <see cref="ValueUnit.None"/> for an empty slot.</param>
public readonly record struct TraceValue(decimal Number, ValueUnit Unit)
{
    /// <summary>Whether the slot holds a value.</summary>
    public bool HasValue => Unit != ValueUnit.None;

    /// <summary>An empty slot.</summary>
    public static TraceValue Empty => default;

    /// <summary>An amount in yuan.</summary>
    /// <param name="yuan">The amount.</param>
    /// <returns>The value.</returns>
    public static TraceValue Yuan(decimal yuan) => new(yuan, ValueUnit.Yuan);

    /// <summary>A rate as a fraction.</summary>
    /// <param name="rate">The fraction (0.1 is 10%).</param>
    /// <returns>The value.</returns>
    public static TraceValue Rate(decimal rate) => new(rate, ValueUnit.Rate);

    /// <summary>A date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The value.</returns>
    public static TraceValue Date(LocalDate date)
    {
        // yyyyMMdd as a number; a year before 1 (the ISO calendar allows down to -9998) keeps its sign on the whole number.
        var digits = (Math.Abs(date.Year) * 10_000) + (date.Month * 100) + date.Day;
        return new(date.Year < 0 ? -digits : digits, ValueUnit.Date);
    }

    /// <summary>A yes/no fact.</summary>
    /// <param name="flag">The fact.</param>
    /// <returns>The value.</returns>
    public static TraceValue Flag(bool flag) => new(flag ? 1 : 0, ValueUnit.Flag);

    /// <summary>A number of a given unit.</summary>
    /// <param name="number">The number.</param>
    /// <param name="unit">Its unit.</param>
    /// <returns>The value.</returns>
    public static TraceValue Of(decimal number, ValueUnit unit) => new(number, unit);

    /// <summary>The date held by a <see cref="ValueUnit.Date"/> value.</summary>
    /// <returns>The date.</returns>
    /// <exception cref="InvalidOperationException">The value is not a date.</exception>
    public LocalDate AsDate()
    {
        if (Unit != ValueUnit.Date)
        {
            throw new InvalidOperationException($"A {Unit} value is not a date.");
        }

        var n = (int)Math.Abs(Number);
        return new LocalDate(Math.Sign(Number) * (n / 10_000), n / 100 % 100, n % 100);
    }

    /// <summary>Renders the value for people reading a trace, culture-invariant.</summary>
    /// <param name="language">The language of the words around numbers.</param>
    /// <returns>The text, e.g. <c>5,000,000.00 元</c> or <c>CNY 5,000,000.00</c>.</returns>
    public string Format(Language language)
    {
        var inv = CultureInfo.InvariantCulture;
        var zh = language == Language.Chinese;
        return Unit switch
        {
            ValueUnit.None => string.Empty,
            ValueUnit.Yuan => zh ? Number.ToString("#,##0.00", inv) + " 元" : "CNY " + Number.ToString("#,##0.00", inv),
            ValueUnit.Rate => Percent(Number, inv),
            ValueUnit.Count or ValueUnit.DistrictCode or ValueUnit.Tier or ValueUnit.Rank => Number.ToString("0", inv),
            ValueUnit.Date => AsDate().ToString("uuuu-MM-dd", inv),
            ValueUnit.Flag => Number != 0 ? (zh ? "是" : "yes") : (zh ? "否" : "no"),
            ValueUnit.Grade => ((ClusterGrade)(byte)Number).ToString(),
            ValueUnit.PlatformField => zh ? ((PlatformField)(byte)Number).ToChineseName() : ((PlatformField)(byte)Number).ToEnglishName(),
            ValueUnit.Score => Number.ToString("0.0000", inv),
            _ => Number.ToString(inv),
        };
    }

    /// <summary>
    /// The smallest magnitude whose × 100 is beyond the decimal range: the next decimal after
    /// <c>decimal.MaxValue / 100</c> (…503.35), which has one place, since two would need digits beyond 2^96.
    /// </summary>
    internal const decimal PercentOverflows = 792_281_625_142_643_375_935_439_503.4m;

    /// <summary>
    /// A rate as a percentage. A rate too large for <c>rate × 100</c> to fit in a decimal (from
    /// <see cref="PercentOverflows"/>, about 7.9 × 10^26) has at most two decimals, so moving its decimal point two places
    /// gives the same digits exactly.
    /// </summary>
    private static string Percent(decimal rate, CultureInfo inv) =>
        Math.Abs(rate) < PercentOverflows
            ? (rate * 100m).ToString("0.####", inv) + "%"
            : rate.ToString("F2", inv).Replace(".", string.Empty, StringComparison.Ordinal) + "%";
}
