namespace ChongqingServicePolicy.Domain;

/// <summary>
/// A field of an <see cref="ApplicationRecord"/> or of <see cref="DistrictStatistics"/>, named in problems.
/// <see cref="RecordFields.ToColumnName(RecordField)"/> gives the CSV column.
/// </summary>
public enum RecordField : byte
{
    /// <summary>Not a single field: the record as a whole.</summary>
    Record = 0,

    /// <summary><c>application_id</c>.</summary>
    ApplicationId,

    /// <summary><c>measure</c>.</summary>
    Measure,

    /// <summary><c>applicant_name</c>.</summary>
    ApplicantName,

    /// <summary><c>credit_code</c>.</summary>
    CreditCode,

    /// <summary><c>district_code</c>.</summary>
    DistrictCode,

    /// <summary><c>application_date</c>.</summary>
    ApplicationDate,

    /// <summary><c>subject_id</c>.</summary>
    SubjectId,

    /// <summary><c>producer_service</c>.</summary>
    ProducerService,

    /// <summary><c>total_investment_yuan</c>.</summary>
    TotalInvestmentYuan,

    /// <summary><c>approved_investment_yuan</c>.</summary>
    ApprovedInvestmentYuan,

    /// <summary><c>major_project_approved</c>.</summary>
    MajorProjectApproved,

    /// <summary><c>platform_field</c>.</summary>
    PlatformField,

    /// <summary><c>cluster_grade</c>.</summary>
    ClusterGrade,

    /// <summary><c>cluster_tier</c>.</summary>
    ClusterTier,

    /// <summary><c>in_cluster</c>.</summary>
    InCluster,

    /// <summary><c>building_star_rated</c>.</summary>
    BuildingStarRated,

    /// <summary><c>building_tier</c>.</summary>
    BuildingTier,

    /// <summary><c>revenue_growth_rate</c>.</summary>
    RevenueGrowthRate,

    /// <summary><c>first_time_top500</c>.</summary>
    FirstTimeTop500,

    /// <summary><c>spun_off_from_manufacturer</c>.</summary>
    SpunOffFromManufacturer,

    /// <summary><c>annual_revenue_yuan</c>.</summary>
    AnnualRevenueYuan,

    /// <summary><c>event_actual_input_yuan</c>.</summary>
    EventActualInputYuan,

    /// <summary><c>other_policy_award_yuan</c>.</summary>
    OtherPolicyAwardYuan,

    /// <summary><c>other_policy_name</c>.</summary>
    OtherPolicyName,

    /// <summary><c>override_amount_yuan</c>.</summary>
    OverrideAmountYuan,

    /// <summary><c>override_approval_ref</c>.</summary>
    OverrideApprovalRef,

    /// <summary><c>year</c> (district-stats.csv).</summary>
    Year,

    /// <summary><c>new_above_scale_count</c> (district-stats.csv).</summary>
    NewAboveScaleCount,

    /// <summary><c>net_increase_count</c> (district-stats.csv).</summary>
    NetIncreaseCount,
}
