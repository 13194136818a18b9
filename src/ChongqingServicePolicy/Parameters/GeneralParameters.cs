using System.Collections.Immutable;
using ChongqingServicePolicy.Domain;
using NodaTime;

namespace ChongqingServicePolicy.Parameters;

/// <summary>Parameters of the cross-cutting rules X1–X6 and of the district registry (JSON section <c>general</c>).</summary>
public sealed record GeneralParameters
{
    /// <summary>
    /// <c>valid_from</c> (X1, 七、附则 "自发布之日起施行"): the first day the policy is in force, the issue date.
    /// Default 2024-11-19.
    /// </summary>
    public LocalDate ValidFrom { get; init; } = new(2024, 11, 19);

    /// <summary><c>valid_to</c> (X1, 七、附则 "有效期至2027年12月31日"): the last day, inclusive. Default 2027-12-31.</summary>
    public LocalDate ValidTo { get; init; } = new(2027, 12, 31);

    /// <summary>
    /// <c>rounding_unit_yuan</c> (X4, interpretation): ceilings are rounded down to a multiple of this unit so a
    /// computed amount never exceeds its percentage limit. One of 0.01 (fen, default), 1 (yuan) or 100 (0.01 万元).
    /// </summary>
    public decimal RoundingUnitYuan { get; init; } = 0.01m;

    /// <summary>
    /// <c>deduplicate_within_policy</c> (X3, interpretation): "就高不重复" also applies between measures of this
    /// policy for the same subject, so only the record with the highest award is payable. Default true.
    /// </summary>
    public bool DeduplicateWithinPolicy { get; init; } = true;

    /// <summary>
    /// <c>ties_go_to_other_policy</c> (X3, interpretation): when another municipal policy's support for the same
    /// subject equals this policy's award, the earlier-granted other policy keeps it. Default true.
    /// </summary>
    public bool TiesGoToOtherPolicy { get; init; } = true;

    /// <summary>
    /// <c>override_measures</c> (X6, interpretation): measures whose amounts the text qualifies with "原则上", so a
    /// discretionary amount with an approval reference may replace the default ceiling. Default: measure 1 only,
    /// the only clause with "原则上".
    /// </summary>
    public ImmutableArray<MeasureId> OverrideMeasures { get; init; } = [MeasureId.Measure1];

    /// <summary>
    /// <c>credit_code_required_measures</c> (record fields, interpretation): measures whose applicant is an
    /// organisation receiving money, so a 统一社会信用代码 must be given. Elsewhere a code is checked when given.
    /// Default: 1, 2, 3, 5, 7a, 7b, 7c, 13.
    /// </summary>
    public ImmutableArray<MeasureId> CreditCodeRequiredMeasures { get; init; } =
    [
        MeasureId.Measure1, MeasureId.Measure2, MeasureId.Measure3, MeasureId.Measure5,
        MeasureId.Measure7a, MeasureId.Measure7b, MeasureId.Measure7c, MeasureId.Measure13,
    ];

    /// <summary>
    /// <c>legacy_district_codes_accepted_until</c> (district registry, interpretation): after 2025-11-05 the codes
    /// of 江北区 (500105) and 渝北区 (500112) are still accepted to this day, naming the successor 两江新区 (500157).
    /// Default 2026-01-24, the day before the new district government took office; <see langword="null"/> for no transition.
    /// </summary>
    public LocalDate? LegacyDistrictCodesAcceptedUntil { get; init; } = new LocalDate(2026, 1, 24);

    /// <summary>The policy's period of validity as an inclusive interval.</summary>
    public DateInterval Validity => new(ValidFrom, ValidTo);

    /// <summary>Whether the policy is in force on a date (rule X1; both ends inclusive).</summary>
    /// <param name="date">The date of an application, or a ranking's reference day.</param>
    /// <returns><see langword="true"/> from <see cref="ValidFrom"/> to <see cref="ValidTo"/>.</returns>
    public bool IsInForceOn(LocalDate date) => date >= ValidFrom && date <= ValidTo;

    internal void Validate(ParameterErrors errors)
    {
        if (ValidTo < ValidFrom)
        {
            errors.Add("general.valid_to", $"must not be before general.valid_from ({ValidFrom:uuuu-MM-dd}), got {ValidTo:uuuu-MM-dd}");
        }

        if (RoundingUnitYuan is not (0.01m or 1m or 100m))
        {
            errors.Add("general.rounding_unit_yuan", $"must be 0.01 (fen), 1 (yuan) or 100 (0.01 万元), got {ParameterErrors.Format(RoundingUnitYuan)}");
        }

        CheckMeasures(errors, "general.override_measures", OverrideMeasures);
        CheckMeasures(errors, "general.credit_code_required_measures", CreditCodeRequiredMeasures);
    }

    private static void CheckMeasures(ParameterErrors errors, string path, ImmutableArray<MeasureId> measures)
    {
        if (measures.IsDefault)
        {
            errors.Add(path, "must be a list of measure codes");
            return;
        }

        // Measure values are bytes, so a 256-bit set finds a repeat without a hash set.
        Span<ulong> seen = stackalloc ulong[4];
        var repeated = false;
        foreach (var measure in measures)
        {
            if (!measure.IsDefined())
            {
                errors.Add(path, $"contains an undefined measure ({(int)measure})");
            }

            var bit = 1UL << ((byte)measure & 63);
            repeated |= (seen[(byte)measure >> 6] & bit) != 0;
            seen[(byte)measure >> 6] |= bit;
        }

        if (repeated)
        {
            errors.Add(path, "names a measure more than once");
        }
    }
}
