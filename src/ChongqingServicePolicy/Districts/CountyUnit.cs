using NodaTime;

namespace ChongqingServicePolicy.Districts;

/// <summary>
/// A county-level unit of Chongqing (区, 县 or 自治县) with its GB/T 2260 code and the dates it is in force.
/// </summary>
/// <param name="Code">The six-digit GB/T 2260 code, e.g. 500103.</param>
/// <param name="NameZh">The Chinese name, e.g. 渝中区.</param>
/// <param name="NameEn">The English name, e.g. Yuzhong District.</param>
/// <param name="ValidFrom">The first day the unit is in force; <see langword="null"/> when it existed before the registry's coverage.</param>
/// <param name="ValidTo">The last day the unit is in force; <see langword="null"/> while it still exists.</param>
/// <param name="SuccessorCode">The code of the unit that took over when this one was abolished.</param>
public sealed record CountyUnit(
    int Code,
    string NameZh,
    string NameEn,
    LocalDate? ValidFrom = null,
    LocalDate? ValidTo = null,
    int? SuccessorCode = null)
{
    /// <summary>Whether the unit is in force on a date (both ends inclusive).</summary>
    /// <param name="date">The date.</param>
    /// <returns><see langword="true"/> when <paramref name="date"/> falls within the unit's validity.</returns>
    public bool IsInForceOn(LocalDate date) =>
        (ValidFrom is not { } from || date >= from) && (ValidTo is not { } to || date <= to);

    /// <summary>
    /// The unit's validity as a <see cref="DateInterval"/>, with an open end shown as the earliest or latest
    /// ISO date NodaTime supports.
    /// </summary>
    public DateInterval Validity =>
        new(ValidFrom ?? LocalDate.MinIsoValue, ValidTo ?? LocalDate.MaxIsoValue);
}
