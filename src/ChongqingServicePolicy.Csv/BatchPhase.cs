namespace ChongqingServicePolicy.Csv;

/// <summary>The two passes over an applications file.</summary>
public enum BatchPhase
{
    /// <summary>First pass: every row decided and observed for 就高不重复.</summary>
    Reading = 1,

    /// <summary>Second pass: every row decided again, 就高不重复 applied and the decision written.</summary>
    Writing = 2,
}
