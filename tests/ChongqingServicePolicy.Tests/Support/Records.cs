using ChongqingServicePolicy.Domain;
using NodaTime;
using NodaTime.Testing;

namespace ChongqingServicePolicy.Tests.Support;

/// <summary>Valid base records for each measure, to vary one fact at a time in tests.</summary>
internal static class Records
{
    /// <summary>A date well inside the policy's validity and before the 2025-11-06 district change.</summary>
    public static readonly LocalDate Date = new(2025, 3, 1);

    /// <summary>The first and last valid days (X1).</summary>
    public static readonly LocalDate FirstValidDay = new(2024, 11, 19);

    /// <summary>The last valid day (X1).</summary>
    public static readonly LocalDate LastValidDay = new(2027, 12, 31);

    /// <summary>A valid 统一社会信用代码 for an enterprise registered in 渝中区.</summary>
    public static readonly string CreditCode = Complete("91500103MA5U7Y2Q0");

    /// <summary>An engine with the default parameters and a clock fixed at 2025-06-01 noon (Asia/Shanghai).</summary>
    public static PolicyEngine Engine() => new(clock: new FakeClock(Instant.FromUtc(2025, 6, 1, 4, 0)));

    /// <summary>Completes 17 characters into a code with the right check character.</summary>
    public static string Complete(string first17)
    {
        UnifiedSocialCreditCode.TryComputeCheckCharacter(first17, out var check).Should().BeTrue();
        return first17 + check;
    }

    /// <summary>A record carrying the common fields only.</summary>
    public static ApplicationRecord Common(MeasureId measure, string id = "A-1") => new()
    {
        ApplicationId = id,
        Measure = measure,
        ApplicantName = "重庆示例科技有限公司",
        CreditCode = CreditCode,
        DistrictCode = 500103,
        ApplicationDate = Date,
    };

    /// <summary>Measure 1: approved 30,000,000 of a total 80,000,000 (10% of approved = 3,000,000 binds).</summary>
    public static ApplicationRecord Measure1(decimal approved = 30_000_000m, decimal total = 80_000_000m, bool? major = null) =>
        Common(MeasureId.Measure1) with { ProducerService = true, ApprovedInvestmentYuan = approved, TotalInvestmentYuan = total, MajorProjectApproved = major };

    /// <summary>Measure 2: a supply-chain management platform with approved investment 10,000,000.</summary>
    public static ApplicationRecord Measure2(decimal approved = 10_000_000m, PlatformField field = PlatformField.SupplyChainManagement) =>
        Common(MeasureId.Measure2) with { PlatformField = field, ApprovedInvestmentYuan = approved };

    /// <summary>Measure 3: a grade-A cluster of the given tier.</summary>
    public static ApplicationRecord Measure3(ClusterGrade grade = ClusterGrade.A, int? tier = 1) =>
        Common(MeasureId.Measure3) with { ClusterGrade = grade, ClusterTier = tier };

    /// <summary>Measure 5: a star-rated building of the given tier, or growth when no tier.</summary>
    public static ApplicationRecord Measure5(bool starRated = true, int? tier = null, decimal? growth = 0.25m) =>
        Common(MeasureId.Measure5) with { BuildingStarRated = starRated, BuildingTier = tier, RevenueGrowthRate = growth };

    /// <summary>Measure 7a: a first-time Top 500 producer-service enterprise.</summary>
    public static ApplicationRecord Measure7a(bool producerService = true, bool firstTime = true) =>
        Common(MeasureId.Measure7a) with { ProducerService = producerService, FirstTimeTop500 = firstTime };

    /// <summary>Measure 7c: a spin-off with the given revenue.</summary>
    public static ApplicationRecord Measure7c(decimal revenue = 25_000_000m, bool spunOff = true) =>
        Common(MeasureId.Measure7c) with { ProducerService = true, SpunOffFromManufacturer = spunOff, AnnualRevenueYuan = revenue };

    /// <summary>Measure 13: an event platform with the given actual input.</summary>
    public static ApplicationRecord Measure13(decimal input = 2_000_000m) =>
        Common(MeasureId.Measure13) with { EventActualInputYuan = input };

    /// <summary>A valid record for any measure (measure 6 has none: it is decided by ranking).</summary>
    public static ApplicationRecord ValidFor(MeasureId measure) => measure switch
    {
        MeasureId.Measure1 => Measure1(),
        MeasureId.Measure2 => Measure2(),
        MeasureId.Measure3 => Measure3(),
        MeasureId.Measure4 => Common(measure) with { InCluster = true },
        MeasureId.Measure5 => Measure5(),
        MeasureId.Measure7a => Measure7a(),
        MeasureId.Measure7c => Measure7c(),
        MeasureId.Measure13 => Measure13(),
        _ => Common(measure),
    };
}
