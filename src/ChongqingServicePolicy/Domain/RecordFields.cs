namespace ChongqingServicePolicy.Domain;

/// <summary>The CSV column name of each <see cref="RecordField"/>.</summary>
public static class RecordFields
{
    /// <summary>The column name in the CSV contract, e.g. <c>approved_investment_yuan</c>.</summary>
    /// <param name="field">The field.</param>
    /// <returns>The snake_case column name; <c>record</c> for the record as a whole.</returns>
    public static string ToColumnName(this RecordField field) => field switch
    {
        RecordField.Record => "record",
        RecordField.ApplicationId => "application_id",
        RecordField.Measure => "measure",
        RecordField.ApplicantName => "applicant_name",
        RecordField.CreditCode => "credit_code",
        RecordField.DistrictCode => "district_code",
        RecordField.ApplicationDate => "application_date",
        RecordField.SubjectId => "subject_id",
        RecordField.ProducerService => "producer_service",
        RecordField.TotalInvestmentYuan => "total_investment_yuan",
        RecordField.ApprovedInvestmentYuan => "approved_investment_yuan",
        RecordField.MajorProjectApproved => "major_project_approved",
        RecordField.PlatformField => "platform_field",
        RecordField.ClusterGrade => "cluster_grade",
        RecordField.ClusterTier => "cluster_tier",
        RecordField.InCluster => "in_cluster",
        RecordField.BuildingStarRated => "building_star_rated",
        RecordField.BuildingTier => "building_tier",
        RecordField.RevenueGrowthRate => "revenue_growth_rate",
        RecordField.FirstTimeTop500 => "first_time_top500",
        RecordField.SpunOffFromManufacturer => "spun_off_from_manufacturer",
        RecordField.AnnualRevenueYuan => "annual_revenue_yuan",
        RecordField.EventActualInputYuan => "event_actual_input_yuan",
        RecordField.OtherPolicyAwardYuan => "other_policy_award_yuan",
        RecordField.OtherPolicyName => "other_policy_name",
        RecordField.OverrideAmountYuan => "override_amount_yuan",
        RecordField.OverrideApprovalRef => "override_approval_ref",
        RecordField.Year => "year",
        RecordField.NewAboveScaleCount => "new_above_scale_count",
        RecordField.NetIncreaseCount => "net_increase_count",
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "Unknown field."),
    };

    /// <summary>Parses a column name back into the field.</summary>
    /// <param name="columnName">The snake_case name, exactly as <see cref="ToColumnName(RecordField)"/> writes it.</param>
    /// <param name="field">The field when the name is known.</param>
    /// <returns><see langword="true"/> when the name is known.</returns>
    public static bool TryParse(string? columnName, out RecordField field) => Table.TryParse(columnName, out field);

    internal static Internal.CodeTable<RecordField> Table { get; } = new(ToColumnName);
}
