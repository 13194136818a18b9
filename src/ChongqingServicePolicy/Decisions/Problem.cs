using ChongqingServicePolicy.Domain;

namespace ChongqingServicePolicy.Decisions;

/// <summary>One problem with a record: the field, the value given, what is wrong, and what was expected.</summary>
/// <param name="Field">The field; its CSV column is <see cref="RecordFields.ToColumnName(RecordField)"/>.</param>
/// <param name="Value">The value as given, in invariant text; <see langword="null"/> when not given.</param>
/// <param name="Code">What is wrong.</param>
/// <param name="Expected">What was expected, where the code alone does not say (a check character, a date, a list); for
/// <see cref="ProblemCode.UnreadableValue"/>, the code of a <see cref="ValueFormat"/>, rendered in the language asked for.</param>
public readonly record struct Problem(RecordField Field, string? Value, ProblemCode Code, string? Expected = null)
{
    /// <summary>The problem rendered in Chinese.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => DecisionText.Render(this, Language.Chinese);
}
