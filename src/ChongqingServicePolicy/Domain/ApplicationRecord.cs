using NodaTime;

namespace ChongqingServicePolicy.Domain;

/// <summary>
/// One application for support under a measure: the common fields every record carries and the facts each
/// measure needs, typed as the CSV contract (<c>applications.csv</c>) describes them. A <see langword="null"/>
/// fact means "not given"; the rule of the measure says which facts it requires.
/// </summary>
/// <remarks>
/// The record is immutable and compares by value. It is a statement of what the applicant declared, so it
/// may hold values a rule will refuse (a negative amount, a district code not in force on the date); the
/// rule reports each such problem in an <see cref="Decisions.Outcome.Invalid"/> decision.
/// </remarks>
public sealed record ApplicationRecord
{
    /// <summary><c>application_id</c>: the application's identifier, unique in a batch.</summary>
    public required string ApplicationId { get; init; }

    /// <summary><c>measure</c>: the measure applied for.</summary>
    public required MeasureId Measure { get; init; }

    /// <summary><c>applicant_name</c>: the applicant's name, for people reading the decision.</summary>
    public string? ApplicantName { get; init; }

    /// <summary><c>credit_code</c>: the applicant's 统一社会信用代码 (GB 32100-2015), 18 characters.</summary>
    public string? CreditCode { get; init; }

    /// <summary><c>district_code</c>: GB/T 2260 code of the county-level unit, in force on the application date.</summary>
    public required int DistrictCode { get; init; }

    /// <summary>
    /// <c>application_date</c>. When not given, the engine uses "today" from its clock (Asia/Shanghai).
    /// </summary>
    public LocalDate? ApplicationDate { get; init; }

    /// <summary>
    /// <c>subject_id</c>: the thing supported (project, platform, cluster, building, enterprise, event), which
    /// groups records for 就高不重复. Defaults to <see cref="ApplicationId"/>.
    /// </summary>
    public string? SubjectId { get; init; }

    /// <summary>The subject used for 就高不重复: <see cref="SubjectId"/>, or the application id when blank.</summary>
    public string EffectiveSubjectId =>
        string.IsNullOrWhiteSpace(SubjectId) ? ApplicationId : SubjectId;

    /// <summary><c>producer_service</c>: the project or enterprise is in a modern producer-service field.</summary>
    public bool? ProducerService { get; init; }

    /// <summary><c>total_investment_yuan</c>: 项目投资总额, in yuan (measure （一）).</summary>
    public decimal? TotalInvestmentYuan { get; init; }

    /// <summary><c>approved_investment_yuan</c>: 经核定的投资金额, in yuan (measures （一） and （二）).</summary>
    public decimal? ApprovedInvestmentYuan { get; init; }

    /// <summary><c>major_project_approved</c>: the municipal government approved it as especially major (measure （一）).</summary>
    public bool? MajorProjectApproved { get; init; }

    /// <summary><c>platform_field</c>: the public service platform's field (measure （二）).</summary>
    public PlatformField? PlatformField { get; init; }

    /// <summary><c>cluster_grade</c>: the grade in the annual cluster evaluation (measure （三）).</summary>
    public ClusterGrade? ClusterGrade { get; init; }

    /// <summary><c>cluster_tier</c>: the award tier from the annual evaluation, 1 (highest) to 5 (measure （三）).</summary>
    public int? ClusterTier { get; init; }

    /// <summary><c>in_cluster</c>: located in a producer-service cluster (measure （四）).</summary>
    public bool? InCluster { get; init; }

    /// <summary><c>building_star_rated</c>: the building holds a "星级" rating (measure （五）).</summary>
    public bool? BuildingStarRated { get; init; }

    /// <summary><c>building_tier</c>: the award tier, 1 or 2 (measure （五）).</summary>
    public int? BuildingTier { get; init; }

    /// <summary>
    /// <c>revenue_growth_rate</c>: annual revenue growth as a fraction (0.15 is 15%); measure （五） derives
    /// the tier from it when <see cref="BuildingTier"/> is not given.
    /// </summary>
    public decimal? RevenueGrowthRate { get; init; }

    /// <summary><c>first_time_top500</c>: first entry into 中国服务业企业500强 (measure 7a).</summary>
    public bool? FirstTimeTop500 { get; init; }

    /// <summary><c>spun_off_from_manufacturer</c>: set up by 主辅分离 from a manufacturer (measure 7c).</summary>
    public bool? SpunOffFromManufacturer { get; init; }

    /// <summary><c>annual_revenue_yuan</c>: annual revenue in yuan (measure 7c).</summary>
    public decimal? AnnualRevenueYuan { get; init; }

    /// <summary><c>event_actual_input_yuan</c>: actual input into the event platform, in yuan (measure （十三）).</summary>
    public decimal? EventActualInputYuan { get; init; }

    /// <summary><c>other_policy_award_yuan</c>: support for the same subject under another municipal policy.</summary>
    public decimal? OtherPolicyAwardYuan { get; init; }

    /// <summary><c>other_policy_name</c>: the other policy's name or document number.</summary>
    public string? OtherPolicyName { get; init; }

    /// <summary>
    /// <c>override_amount_yuan</c>: a discretionary amount decided by the competent authority where the text
    /// says "原则上" (rule X6).
    /// </summary>
    public decimal? OverrideAmountYuan { get; init; }

    /// <summary><c>override_approval_ref</c>: the approving body and document number; required with an override.</summary>
    public string? OverrideApprovalRef { get; init; }
}
