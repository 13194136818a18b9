using ChongqingServicePolicy.Districts;
using ChongqingServicePolicy.Domain;
using CsCheck;
using NodaTime;

namespace ChongqingServicePolicy.Tests.Properties;

/// <summary>
/// Generators of realistic application records for every measure, mixed with the edge values the policy names:
/// thresholds and caps one fen either side, the first and last valid days, the days of the 两江新区 change.
/// </summary>
internal static class Generators
{
    /// <summary>
    /// The number of cases each property is checked over: 10,000, or the positive number in the environment variable
    /// <c>CQPOLICY_PROPERTY_ITERATIONS</c>, which mutation runs set lower so that every mutant can be judged by the
    /// properties too (tests/MUTATION.md).
    /// </summary>
    public static readonly int Iterations = ReadIterations(Environment.GetEnvironmentVariable("CQPOLICY_PROPERTY_ITERATIONS"));

    public static readonly LocalDate ValidFrom = new(2024, 11, 19);
    public static readonly LocalDate ValidTo = new(2027, 12, 31);

    private static readonly int DaysInForce = Period.Between(ValidFrom, ValidTo, PeriodUnits.Days).Days;

    /// <summary>Days that matter: either end of the validity and of the 两江新区 transition.</summary>
    private static readonly LocalDate[] EdgeDates =
    [
        ValidFrom.PlusDays(-1), ValidFrom, ValidTo, ValidTo.PlusDays(1),
        new(2025, 11, 5), new(2025, 11, 6), new(2026, 1, 24), new(2026, 1, 25), new(2024, 2, 29), new(2028, 2, 29),
    ];

    /// <summary>Amounts the policy names, one fen either side of each.</summary>
    private static readonly decimal[] EdgeAmounts = EdgesAround(
        0m, 1_000_000m, 3_333_333.33m, 5_000_000m, 10_000_000m, 20_000_000m, 25_000_000m, 50_000_000m, 200_000_000m);

    /// <summary>A day inside the policy's validity.</summary>
    public static Gen<LocalDate> DateInForce { get; } = Gen.Int[0, DaysInForce].Select(d => ValidFrom.PlusDays(d));

    /// <summary>Any day from a year before the policy to a year after it, with the edge days weighted up.</summary>
    public static Gen<LocalDate> AnyDate { get; } = Gen.Frequency(
        (6, (IGen<LocalDate>)Gen.Int[-366, DaysInForce + 366].Select(d => ValidFrom.PlusDays(d))),
        (1, Gen.OneOf(EdgeDates)));

    /// <summary>An amount in yuan with fen: mostly realistic (up to 300 million), sometimes an edge value.</summary>
    public static Gen<decimal> Amount { get; } = Gen.Frequency(
        (5, (IGen<decimal>)Gen.Long[0, 30_000_000_000L].Select(fen => fen / 100m)),
        (2, Gen.Long[0, 1_000_000_000L].Select(fen => fen / 100m)),
        (2, Gen.OneOf(EdgeAmounts)),
        (1, Gen.Long[0, long.MaxValue].Select(fen => fen / 100m)));

    /// <summary>A positive amount.</summary>
    public static Gen<decimal> PositiveAmount { get; } = Amount.Where(a => a > 0m);

    /// <summary>A growth rate from −100% to +100%, with the tier thresholds exactly.</summary>
    public static Gen<decimal> GrowthRate { get; } = Gen.Frequency(
        (4, (IGen<decimal>)Gen.Int[-10_000, 10_000].Select(bp => bp / 10_000m)),
        (1, Gen.OneOf(0.20m, 0.1999m, 0.10m, 0.0999m, -1m, 0m)));

    /// <summary>A valid 统一社会信用代码: registration authority, kind, a division code of digits, a body, and its check character.</summary>
    public static Gen<string> CreditCode { get; } = Gen.Select(
        Gen.OneOf("1", "5", "9", "Y"),
        Gen.OneOf("1", "2", "3", "9"),
        Gen.Int[0, 999_999],
        Gen.Char[UnifiedSocialCreditCode.Alphabet].Array[9],
        (authority, kind, division, body) =>
        {
            var first17 = string.Concat(authority, kind, division.ToString("D6", System.Globalization.CultureInfo.InvariantCulture), new string(body));
            UnifiedSocialCreditCode.TryComputeCheckCharacter(first17, out var check);
            return first17 + check;
        });

    /// <summary>A district code of the registry in force on the date, or one of the two legacy codes in their transition.</summary>
    public static Gen<int> DistrictOn(LocalDate date)
    {
        var units = DistrictRegistry.Default.UnitsInForceOn(date);
        return units.IsEmpty ? Gen.Const(500103) : Gen.Int[0, units.Length - 1].Select(i => units[i].Code);
    }

    /// <summary>The common fields of a record that reads cleanly, for a measure.</summary>
    public static Gen<ApplicationRecord> Common(MeasureId measure, Gen<LocalDate> dates) =>
        from date in dates
        from district in DistrictOn(date)
        from code in CreditCode
        from id in Gen.Int[1, 99_999]
        select new ApplicationRecord
        {
            ApplicationId = $"P-{id}",
            Measure = measure,
            ApplicantName = "重庆示例服务有限公司",
            CreditCode = code,
            DistrictCode = district,
            ApplicationDate = date,
        };

    /// <summary>Measure （一）: approved never above total, major-project approval sometimes given.</summary>
    public static Gen<ApplicationRecord> Measure1(Gen<LocalDate> dates) =>
        from common in Common(MeasureId.Measure1, dates)
        from a in Amount
        from b in Amount
        from major in Gen.OneOf<bool?>(true, false, null)
        from producer in Gen.Frequency((9, true), (1, false))
        select common with
        {
            ProducerService = producer,
            ApprovedInvestmentYuan = Math.Min(a, b),
            TotalInvestmentYuan = Math.Max(a, b),
            MajorProjectApproved = major,
        };

    /// <summary>Measure （二）: any of the eight fields or another.</summary>
    public static Gen<ApplicationRecord> Measure2(Gen<LocalDate> dates) =>
        from common in Common(MeasureId.Measure2, dates)
        from field in Gen.Frequency((9, (IGen<PlatformField>)Gen.OneOf(PlatformFields.Listed.ToArray())), (1, Gen.Const(PlatformField.Other)))
        from investment in Amount
        select common with { PlatformField = field, ApprovedInvestmentYuan = investment };

    /// <summary>Measure （三）: a grade and, for grade A, a tier.</summary>
    public static Gen<ApplicationRecord> Measure3(Gen<LocalDate> dates) =>
        from common in Common(MeasureId.Measure3, dates)
        from grade in Gen.OneOf(ClusterGrade.A, ClusterGrade.A, ClusterGrade.B, ClusterGrade.C, ClusterGrade.D)
        from tier in Gen.Int[1, 5]
        select common with { ClusterGrade = grade, ClusterTier = grade == ClusterGrade.A ? tier : null };

    /// <summary>Measure （五）: a tier, or growth to derive it from.</summary>
    public static Gen<ApplicationRecord> Measure5(Gen<LocalDate> dates) =>
        from common in Common(MeasureId.Measure5, dates)
        from star in Gen.Frequency((9, true), (1, false))
        from tier in Gen.OneOf<int?>(1, 2, null, null)
        from growth in GrowthRate
        select common with { BuildingStarRated = star, BuildingTier = tier, RevenueGrowthRate = growth };

    /// <summary>Measure 7a.</summary>
    public static Gen<ApplicationRecord> Measure7a(Gen<LocalDate> dates) =>
        from common in Common(MeasureId.Measure7a, dates)
        from producer in Gen.Bool
        from first in Gen.Bool
        select common with { ProducerService = producer, FirstTimeTop500 = first };

    /// <summary>Measure 7c: revenue around the 20,000,000 threshold.</summary>
    public static Gen<ApplicationRecord> Measure7c(Gen<LocalDate> dates) =>
        from common in Common(MeasureId.Measure7c, dates)
        from spun in Gen.Frequency((9, true), (1, false))
        from revenue in Amount
        select common with { ProducerService = true, SpunOffFromManufacturer = spun, AnnualRevenueYuan = revenue };

    /// <summary>Measure （十三）.</summary>
    public static Gen<ApplicationRecord> Measure13(Gen<LocalDate> dates) =>
        from common in Common(MeasureId.Measure13, dates)
        from input in Amount
        from producer in Gen.OneOf<bool?>(true, null, null, false)
        select common with { EventActualInputYuan = input, ProducerService = producer };

    /// <summary>Measures without money, or with a NeedsReview outcome (（四）, 7b, 7d, （八）–（十二）, （十四）–（十六））.</summary>
    public static Gen<ApplicationRecord> Other(Gen<LocalDate> dates) =>
        from measure in Gen.OneOf(
            MeasureId.Measure4, MeasureId.Measure7b, MeasureId.Measure7d, MeasureId.Measure8, MeasureId.Measure9, MeasureId.Measure10,
            MeasureId.Measure11, MeasureId.Measure12, MeasureId.Measure14, MeasureId.Measure15, MeasureId.Measure16)
        from common in Common(measure, dates)
        from inCluster in Gen.Bool
        select measure == MeasureId.Measure4 ? common with { InCluster = inCluster } : common;

    /// <summary>A record for any measure that decides applications.</summary>
    public static Gen<ApplicationRecord> AnyMeasure(Gen<LocalDate> dates) => OneOf(
        Measure1(dates), Measure2(dates), Measure3(dates), Measure5(dates), Measure7a(dates), Measure7c(dates), Measure13(dates), Other(dates));

    /// <summary>One of several generators, each as likely.</summary>
    public static Gen<T> OneOf<T>(params Gen<T>[] gens) => Gen.OneOf(gens.Select(g => (IGen<T>)g).ToArray());

    /// <summary>
    /// A record for any measure with the occasional hostile twist: another policy's award, an approved override, a
    /// negative amount, a credit code with one character changed, or a district code not in force on the date.
    /// </summary>
    public static Gen<ApplicationRecord> AnyRecord { get; } =
        from record in AnyMeasure(AnyDate)
        from twist in Gen.Int[0, 9]
        from amount in Amount
        from unit in Gen.OneOf(DistrictRegistry.Default.Units.ToArray())
        from position in Gen.Int[0, 16]
        select twist switch
        {
            0 => record with { OtherPolicyAwardYuan = amount, OtherPolicyName = "渝府发〔2023〕1号" },
            1 => record with { OverrideAmountYuan = amount, OverrideApprovalRef = "市政府专题会议纪要〔2025〕12号" },
            2 => record with { TotalInvestmentYuan = -amount - 0.01m, EventActualInputYuan = record.EventActualInputYuan is null ? null : -0.01m },
            3 => record with { CreditCode = ChangeOne(record.CreditCode!, position) },
            4 => record with { DistrictCode = unit.Code },
            _ => record,
        };

    /// <summary>The same code with one character replaced by another of the alphabet.</summary>
    public static string ChangeOne(string code, int position)
    {
        var chars = code.ToCharArray();
        var alphabet = UnifiedSocialCreditCode.Alphabet;
        var next = alphabet[(alphabet.IndexOf(chars[position], StringComparison.Ordinal) + 1 + position) % alphabet.Length];
        chars[position] = next == chars[position] ? alphabet[(alphabet.IndexOf(next, StringComparison.Ordinal) + 1) % alphabet.Length] : next;
        return new string(chars);
    }

    private static decimal[] EdgesAround(params decimal[] amounts) =>
        amounts.SelectMany(a => new[] { a - 0.01m, a, a + 0.01m }).Where(a => a >= 0m).Distinct().ToArray();

    /// <summary>Reads the number of cases from the environment variable's text; 10,000 when it is not set.</summary>
    internal static int ReadIterations(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return 10_000;
        }

        if (!int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var iterations) || iterations < 1)
        {
            throw new InvalidOperationException(
                $"CQPOLICY_PROPERTY_ITERATIONS is '{text}'; expected a whole number of cases above zero, such as 200.");
        }

        return iterations;
    }
}
