namespace ChongqingServicePolicy.Parameters;

/// <summary>
/// Parameters of measure 7a (JSON section <c>measures.7a</c>): "每新增1家首次入选的生产性服务业企业，给予相应区县最高500万元奖励".
/// </summary>
public sealed record Measure7aParameters
{
    /// <summary><c>cap_yuan</c> (text: "最高500万元"): default 5,000,000.</summary>
    public decimal CapYuan { get; init; } = 5_000_000m;

    internal void Validate(ParameterErrors errors) => errors.NotNegative("measures.7a.cap_yuan", CapYuan);
}
