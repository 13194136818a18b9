namespace ChongqingServicePolicy.Audit;

/// <summary>Why a decision record could not be read.</summary>
public enum DecisionRecordError : byte
{
    /// <summary>The text is not JSON, not an object, has a value of the wrong type, or lacks a required member.</summary>
    Malformed = 1,

    /// <summary>The record's <c>format_version</c> is newer than this library reads.</summary>
    UnsupportedVersion = 2,

    /// <summary>A value has the right type but cannot be so: an unknown code, an impossible date or amount, parameters out of range.</summary>
    InvalidValue = 3,
}
