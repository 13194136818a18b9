namespace ChongqingServicePolicy.Decisions;

/// <summary>The comparison or computation a trace step made between its values.</summary>
public enum TraceComparison : byte
{
    /// <summary>No comparison: the step records a fact, a lookup's context or a note.</summary>
    None = 0,

    /// <summary>Left is a yes/no fact that must be yes.</summary>
    IsTrue,

    /// <summary>Left equals Right (for example the grade required).</summary>
    Equal,

    /// <summary>Left &gt; Right ("超过", rule X5), or Left &gt; 0.</summary>
    GreaterThan,

    /// <summary>Left ≥ Right ("以上", "达到", rule X5).</summary>
    GreaterOrEqual,

    /// <summary>Right ≤ Left ≤ Result: a date within an inclusive interval.</summary>
    Within,

    /// <summary>Result = Left × Right: a share of a base.</summary>
    Product,

    /// <summary>Left is a ceiling; the lowest ceiling binds.</summary>
    Ceiling,

    /// <summary>Result is looked up from Left in a table (tier → amount, growth → tier).</summary>
    Lookup,

    /// <summary>Result is Left rounded down to a multiple of Right (rule X4).</summary>
    RoundDown,

    /// <summary>Right replaces Left (rule X6).</summary>
    Replace,

    /// <summary>Left (a rank) is at most Right (the last rank of a band).</summary>
    AtMost,

    /// <summary>Result = Right − Left: how far a value is from the boundary where the result changes.</summary>
    Distance,
}
