using System.Text.Json.Serialization;
using NodaTime;

namespace ChongqingServicePolicy.Audit.Json;

// The decision record's JSON shape, format version 1. These types only carry values between JSON and the
// library's own types (RecordMapper converts and checks them); the declaration order is the order written.
// Every member is nullable so that a missing member is reported by RecordMapper with its path.

/// <summary>The record as a whole.</summary>
internal sealed class RecordJson
{
    [JsonPropertyName("format_version")]
    public int? FormatVersion { get; set; }

    [JsonPropertyName("library_version")]
    public string? LibraryVersion { get; set; }

    [JsonPropertyName("policy_id")]
    public string? PolicyId { get; set; }

    [JsonPropertyName("evaluation_date")]
    public LocalDate? EvaluationDate { get; set; }

    [JsonPropertyName("input")]
    public InputJson? Input { get; set; }

    [JsonPropertyName("input_sha256")]
    public string? InputSha256 { get; set; }

    [JsonPropertyName("parameters")]
    public ParametersJson? Parameters { get; set; }

    [JsonPropertyName("parameters_sha256")]
    public string? ParametersSha256 { get; set; }

    [JsonPropertyName("decision")]
    public DecisionJson? Decision { get; set; }

    [JsonPropertyName("explanation_zh")]
    public string? ExplanationZh { get; set; }
}

/// <summary>The application record, with the CSV contract's column names.</summary>
internal sealed class InputJson
{
    [JsonPropertyName("application_id")]
    public string? ApplicationId { get; set; }

    [JsonPropertyName("measure")]
    public string? Measure { get; set; }

    [JsonPropertyName("applicant_name")]
    public string? ApplicantName { get; set; }

    [JsonPropertyName("credit_code")]
    public string? CreditCode { get; set; }

    [JsonPropertyName("district_code")]
    public int? DistrictCode { get; set; }

    [JsonPropertyName("application_date")]
    public LocalDate? ApplicationDate { get; set; }

    [JsonPropertyName("subject_id")]
    public string? SubjectId { get; set; }

    [JsonPropertyName("producer_service")]
    public bool? ProducerService { get; set; }

    [JsonPropertyName("total_investment_yuan")]
    public decimal? TotalInvestmentYuan { get; set; }

    [JsonPropertyName("approved_investment_yuan")]
    public decimal? ApprovedInvestmentYuan { get; set; }

    [JsonPropertyName("major_project_approved")]
    public bool? MajorProjectApproved { get; set; }

    [JsonPropertyName("platform_field")]
    public string? PlatformField { get; set; }

    [JsonPropertyName("cluster_grade")]
    public string? ClusterGrade { get; set; }

    [JsonPropertyName("cluster_tier")]
    public int? ClusterTier { get; set; }

    [JsonPropertyName("in_cluster")]
    public bool? InCluster { get; set; }

    [JsonPropertyName("building_star_rated")]
    public bool? BuildingStarRated { get; set; }

    [JsonPropertyName("building_tier")]
    public int? BuildingTier { get; set; }

    [JsonPropertyName("revenue_growth_rate")]
    public decimal? RevenueGrowthRate { get; set; }

    [JsonPropertyName("first_time_top500")]
    public bool? FirstTimeTop500 { get; set; }

    [JsonPropertyName("spun_off_from_manufacturer")]
    public bool? SpunOffFromManufacturer { get; set; }

    [JsonPropertyName("annual_revenue_yuan")]
    public decimal? AnnualRevenueYuan { get; set; }

    [JsonPropertyName("event_actual_input_yuan")]
    public decimal? EventActualInputYuan { get; set; }

    [JsonPropertyName("other_policy_award_yuan")]
    public decimal? OtherPolicyAwardYuan { get; set; }

    [JsonPropertyName("other_policy_name")]
    public string? OtherPolicyName { get; set; }

    [JsonPropertyName("override_amount_yuan")]
    public decimal? OverrideAmountYuan { get; set; }

    [JsonPropertyName("override_approval_ref")]
    public string? OverrideApprovalRef { get; set; }
}

/// <summary>The decision.</summary>
internal sealed class DecisionJson
{
    [JsonPropertyName("application_id")]
    public string? ApplicationId { get; set; }

    [JsonPropertyName("subject_id")]
    public string? SubjectId { get; set; }

    [JsonPropertyName("measure")]
    public string? Measure { get; set; }

    [JsonPropertyName("date")]
    public LocalDate? Date { get; set; }

    [JsonPropertyName("outcome")]
    public string? Outcome { get; set; }

    [JsonPropertyName("award_yuan")]
    public decimal? AwardYuan { get; set; }

    [JsonPropertyName("payable_yuan")]
    public decimal? PayableYuan { get; set; }

    [JsonPropertyName("award_reason")]
    public string? AwardReason { get; set; }

    [JsonPropertyName("reason")]
    public string? Reason { get; set; }

    [JsonPropertyName("trace")]
    public List<TraceStepJson?>? Trace { get; set; }

    [JsonPropertyName("problems")]
    public List<ProblemJson?>? Problems { get; set; }

    [JsonPropertyName("non_duplication")]
    public NonDuplicationJson? NonDuplication { get; set; }
}

/// <summary>One trace step.</summary>
internal sealed class TraceStepJson
{
    [JsonPropertyName("code")]
    public string? Code { get; set; }

    [JsonPropertyName("clause")]
    public string? Clause { get; set; }

    [JsonPropertyName("field")]
    public string? Field { get; set; }

    [JsonPropertyName("comparison")]
    public string? Comparison { get; set; }

    [JsonPropertyName("passed")]
    public bool? Passed { get; set; }

    [JsonPropertyName("binding")]
    public bool? Binding { get; set; }

    [JsonPropertyName("values")]
    public TraceValuesJson? Values { get; set; }

    [JsonPropertyName("text")]
    public string? Text { get; set; }
}

/// <summary>A trace step's values; an empty slot is left out.</summary>
internal sealed class TraceValuesJson
{
    [JsonPropertyName("left")]
    public TraceValueJson? Left { get; set; }

    [JsonPropertyName("right")]
    public TraceValueJson? Right { get; set; }

    [JsonPropertyName("result")]
    public TraceValueJson? Result { get; set; }
}

/// <summary>One value of a trace step.</summary>
internal sealed class TraceValueJson
{
    [JsonPropertyName("unit")]
    public string? Unit { get; set; }

    [JsonPropertyName("number")]
    public decimal? Number { get; set; }
}

/// <summary>One problem of an invalid record.</summary>
internal sealed class ProblemJson
{
    [JsonPropertyName("field")]
    public string? Field { get; set; }

    [JsonPropertyName("value")]
    public string? Value { get; set; }

    [JsonPropertyName("code")]
    public string? Code { get; set; }

    [JsonPropertyName("expected")]
    public string? Expected { get; set; }
}

/// <summary>How 就高不重复 was applied.</summary>
internal sealed class NonDuplicationJson
{
    [JsonPropertyName("subject_id")]
    public string? SubjectId { get; set; }

    [JsonPropertyName("suppression")]
    public string? Suppression { get; set; }

    [JsonPropertyName("winner_application_id")]
    public string? WinnerApplicationId { get; set; }

    [JsonPropertyName("winner_measure")]
    public string? WinnerMeasure { get; set; }

    [JsonPropertyName("winner_award_yuan")]
    public decimal? WinnerAwardYuan { get; set; }

    [JsonPropertyName("other_policy_award_yuan")]
    public decimal? OtherPolicyAwardYuan { get; set; }

    [JsonPropertyName("other_policy_name")]
    public string? OtherPolicyName { get; set; }

    [JsonPropertyName("compared")]
    public List<ComparedJson?>? Compared { get; set; }
}

/// <summary>One record compared under 就高不重复.</summary>
internal sealed class ComparedJson
{
    [JsonPropertyName("application_id")]
    public string? ApplicationId { get; set; }

    [JsonPropertyName("measure")]
    public string? Measure { get; set; }

    [JsonPropertyName("award_yuan")]
    public decimal? AwardYuan { get; set; }

    [JsonPropertyName("date")]
    public LocalDate? Date { get; set; }
}

/// <summary>
/// The parameter set as recorded: the UTF-8 bytes of its JSON object, without insignificant white space, in the
/// shape <see cref="Parameters.PolicyParameters.FromJson(string, Parameters.PolicyParameters?)"/> reads.
/// </summary>
[JsonConverter(typeof(ParametersJsonConverter))]
internal sealed class ParametersJson(ReadOnlyMemory<byte> utf8)
{
    public ReadOnlyMemory<byte> Utf8 { get; } = utf8;
}
