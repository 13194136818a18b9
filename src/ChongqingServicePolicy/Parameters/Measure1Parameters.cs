namespace ChongqingServicePolicy.Parameters;

/// <summary>
/// Parameters of measure （一） (JSON section <c>measures.1</c>): "按照经核定的投资金额给予一次性补助，单个项目的支持金额
/// 原则上不超过项目投资总额的10%，最高不超过500万元；经市政府同意，特别重大的项目可提高，但最高支持金额原则上不超过2000万元".
/// </summary>
public sealed record Measure1Parameters
{
    /// <summary>
    /// <c>rate</c> (interpretation): the share of the approved investment (经核定的投资金额) that is subsidised.
    /// Default 0.10.
    /// </summary>
    public decimal Rate { get; init; } = 0.10m;

    /// <summary><c>total_investment_ratio_cap</c> (text: "不超过项目投资总额的10%"): default 0.10.</summary>
    public decimal TotalInvestmentRatioCap { get; init; } = 0.10m;

    /// <summary><c>cap_yuan</c> (text: "最高不超过500万元"): default 5,000,000.</summary>
    public decimal CapYuan { get; init; } = 5_000_000m;

    /// <summary>
    /// <c>major_project_cap_yuan</c> (text: "经市政府同意，特别重大的项目…最高支持金额原则上不超过2000万元"): the absolute cap
    /// for an especially major project approved by the municipal government; it raises the cap only, not the 10%
    /// ratio (interpretation). Default 20,000,000.
    /// </summary>
    public decimal MajorProjectCapYuan { get; init; } = 20_000_000m;

    internal void Validate(ParameterErrors errors)
    {
        errors.Fraction("measures.1.rate", Rate);
        errors.Fraction("measures.1.total_investment_ratio_cap", TotalInvestmentRatioCap);
        errors.NotNegative("measures.1.cap_yuan", CapYuan);
        errors.NotNegative("measures.1.major_project_cap_yuan", MajorProjectCapYuan);
        if (MajorProjectCapYuan < CapYuan)
        {
            errors.Add("measures.1.major_project_cap_yuan", $"must not be below measures.1.cap_yuan ({ParameterErrors.Format(CapYuan)}), got {ParameterErrors.Format(MajorProjectCapYuan)}");
        }
    }
}
