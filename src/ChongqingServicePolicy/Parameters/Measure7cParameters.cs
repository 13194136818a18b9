namespace ChongqingServicePolicy.Parameters;

/// <summary>
/// Parameters of measure 7c (JSON section <c>measures.7c</c>): "对分离后新设立的生产性服务业企业，年营业收入达到2000万元以上的
/// 给予一次性奖励，最高不超过100万元".
/// </summary>
public sealed record Measure7cParameters
{
    /// <summary><c>revenue_threshold_yuan</c> (text: "达到2000万元以上"; inclusive, rule X5): default 20,000,000.</summary>
    public decimal RevenueThresholdYuan { get; init; } = 20_000_000m;

    /// <summary><c>cap_yuan</c> (text: "最高不超过100万元"): default 1,000,000.</summary>
    public decimal CapYuan { get; init; } = 1_000_000m;

    internal void Validate(ParameterErrors errors)
    {
        errors.NotNegative("measures.7c.revenue_threshold_yuan", RevenueThresholdYuan);
        errors.NotNegative("measures.7c.cap_yuan", CapYuan);
    }
}
