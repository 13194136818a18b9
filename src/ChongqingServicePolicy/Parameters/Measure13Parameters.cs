namespace ChongqingServicePolicy.Parameters;

/// <summary>
/// Parameters of measure （十三） (JSON section <c>measures.13</c>): "对符合条件的生产性服务业活动平台，按不超过实际投入的30%给予补助，
/// 最高不超过100万元".
/// </summary>
public sealed record Measure13Parameters
{
    /// <summary><c>rate</c> (text: "不超过实际投入的30%"): default 0.30.</summary>
    public decimal Rate { get; init; } = 0.30m;

    /// <summary><c>cap_yuan</c> (text: "最高不超过100万元"): default 1,000,000.</summary>
    public decimal CapYuan { get; init; } = 1_000_000m;

    internal void Validate(ParameterErrors errors)
    {
        errors.Fraction("measures.13.rate", Rate);
        errors.NotNegative("measures.13.cap_yuan", CapYuan);
    }
}
