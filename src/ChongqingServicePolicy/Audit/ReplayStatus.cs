namespace ChongqingServicePolicy.Audit;

/// <summary>What replaying a decision record found.</summary>
public enum ReplayStatus : byte
{
    /// <summary>Deciding the recorded input again gives the recorded decision, field for field.</summary>
    Reproduces = 0,

    /// <summary>At least one field differs; <see cref="ReplayResult.Differences"/> names each.</summary>
    Differs = 1,

    /// <summary>
    /// The record's parameters do not match its own <c>parameters_sha256</c>, or its input and evaluation date do not
    /// match its own <c>input_sha256</c>: they were edited after it was made.
    /// </summary>
    Tampered = 2,
}
