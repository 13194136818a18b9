namespace ChongqingServicePolicy.Parameters;

/// <summary>
/// Parameters of measure （二） (JSON section <c>measures.2</c>): "投资额超过500万元的，按不超过投资额的20%给予补助，最高不超过500万元".
/// </summary>
public sealed record Measure2Parameters
{
    /// <summary><c>investment_threshold_yuan</c> (text: "投资额超过500万元"; strictly above, rule X5): default 5,000,000.</summary>
    public decimal InvestmentThresholdYuan { get; init; } = 5_000_000m;

    /// <summary><c>rate</c> (text: "按不超过投资额的20%"): default 0.20 of the approved investment (interpretation of "投资额").</summary>
    public decimal Rate { get; init; } = 0.20m;

    /// <summary><c>cap_yuan</c> (text: "最高不超过500万元"): default 5,000,000.</summary>
    public decimal CapYuan { get; init; } = 5_000_000m;

    /// <summary>
    /// <c>unlisted_fields_need_review</c> (text: the list of eight fields ends "等领域"): a platform in a field the
    /// text does not name is sent for review (true, default) rather than refused (false).
    /// </summary>
    public bool UnlistedFieldsNeedReview { get; init; } = true;

    internal void Validate(ParameterErrors errors)
    {
        errors.NotNegative("measures.2.investment_threshold_yuan", InvestmentThresholdYuan);
        errors.Fraction("measures.2.rate", Rate);
        errors.NotNegative("measures.2.cap_yuan", CapYuan);
    }
}
