namespace ChongqingServicePolicy.Parameters;

/// <summary>
/// A mutable draft of a <see cref="PolicyParameters"/> set. <see cref="Build()"/> validates it and returns the
/// immutable set. A builder is not thread-safe; the set it builds is.
/// </summary>
/// <example>
/// <code>
/// var parameters = PolicyParameters.Default.With(b => b.Measure1 = b.Measure1 with { CapYuan = 8_000_000m });
/// </code>
/// </example>
public sealed class PolicyParametersBuilder
{
    /// <summary>Creates a builder holding the defaults.</summary>
    public PolicyParametersBuilder()
    {
    }

    internal PolicyParametersBuilder(PolicyParameters from)
    {
        General = from.General;
        Measure1 = from.Measure1;
        Measure2 = from.Measure2;
        Measure3 = from.Measure3;
        Measure5 = from.Measure5;
        Measure6 = from.Measure6;
        Measure7a = from.Measure7a;
        Measure7c = from.Measure7c;
        Measure13 = from.Measure13;
    }

    /// <summary>Cross-cutting rules X1–X6 and the district transition.</summary>
    public GeneralParameters General { get; set; } = new();

    /// <summary>Measure （一）.</summary>
    public Measure1Parameters Measure1 { get; set; } = new();

    /// <summary>Measure （二）.</summary>
    public Measure2Parameters Measure2 { get; set; } = new();

    /// <summary>Measure （三）.</summary>
    public Measure3Parameters Measure3 { get; set; } = new();

    /// <summary>Measure （五）.</summary>
    public Measure5Parameters Measure5 { get; set; } = new();

    /// <summary>Measure （六）.</summary>
    public Measure6Parameters Measure6 { get; set; } = new();

    /// <summary>Measure 7a.</summary>
    public Measure7aParameters Measure7a { get; set; } = new();

    /// <summary>Measure 7c.</summary>
    public Measure7cParameters Measure7c { get; set; } = new();

    /// <summary>Measure （十三）.</summary>
    public Measure13Parameters Measure13 { get; set; } = new();

    /// <summary>Validates the draft and returns the immutable set.</summary>
    /// <returns>The parameter set.</returns>
    /// <exception cref="PolicyParameterException">A value is out of range; every such value is named.</exception>
    public PolicyParameters Build() => new(this, new ParameterErrors());

    internal PolicyParameters Build(ParameterErrors earlierErrors) => new(this, earlierErrors);
}
