namespace ChongqingServicePolicy.Cli.Tests.Support;

/// <summary>Small applications files for tests, in the contract's columns.</summary>
public static class Applications
{
    public const string Header = "application_id,measure,applicant_name,credit_code,district_code,application_date,subject_id,producer_service,total_investment_yuan,approved_investment_yuan,major_project_approved,platform_field,cluster_grade,cluster_tier,in_cluster,building_star_rated,building_tier,revenue_growth_rate,first_time_top500,spun_off_from_manufacturer,annual_revenue_yuan,event_actual_input_yuan,other_policy_award_yuan,other_policy_name,override_amount_yuan,override_approval_ref";

    /// <summary>A measure-1 row: 10% of the approved investment, within the caps (valid credit code for 500103).</summary>
    public static string Measure1(string id, decimal total = 80_000_000m, decimal approved = 30_000_000m, string date = "2025-03-01", string subject = "", string other = "") =>
        $"{id},1,重庆渝中供应链科技有限公司,91500103MA00001XY9,500103,{date},{subject},true,{total},{approved},,,,,,,,,,,,,{other},,,";
}
