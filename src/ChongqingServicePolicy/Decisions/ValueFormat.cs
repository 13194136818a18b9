namespace ChongqingServicePolicy.Decisions;

/// <summary>
/// A format a file's cell must have (CSV-CONTRACT.md, "Reading"). Readers of files put its code
/// (<see cref="ValueFormats.ToCode(ValueFormat)"/>) in <see cref="Problem.Expected"/> of an
/// <see cref="ProblemCode.UnreadableValue"/> problem, so the problem stays free of language and renders in either.
/// </summary>
public enum ValueFormat : byte
{
    /// <summary><c>amount-yuan</c>: a plain decimal amount in yuan, invariant culture, such as <c>1234567.89</c>.</summary>
    AmountYuan = 1,

    /// <summary><c>boolean</c>: <c>true/false</c>, <c>1/0</c>, <c>yes/no</c> or <c>是/否</c>, in any case.</summary>
    Boolean,

    /// <summary><c>whole-number</c>: an integer such as a code, a tier or a count.</summary>
    WholeNumber,

    /// <summary><c>rate</c>: a decimal fraction such as <c>0.15</c> or a percentage such as <c>15%</c>.</summary>
    Rate,

    /// <summary><c>date</c>: a calendar date written <c>yyyy-MM-dd</c>.</summary>
    Date,

    /// <summary><c>platform-field</c>: one of the eight platform field codes of measure （二） or its Chinese name.</summary>
    PlatformField,

    /// <summary><c>cluster-grade</c>: <c>A</c>, <c>B</c>, <c>C</c> or <c>D</c>.</summary>
    ClusterGrade,

    /// <summary><c>measure</c>: a measure number <c>1</c>…<c>16</c>, or <c>7a</c>…<c>7d</c>.</summary>
    Measure,

    /// <summary><c>quoted-field</c>: RFC 4180 quoting: the whole field in double quotes, any quote inside doubled.</summary>
    QuotedField,
}
