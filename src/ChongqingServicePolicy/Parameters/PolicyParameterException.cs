using System.Collections.Immutable;

namespace ChongqingServicePolicy.Parameters;

/// <summary>A parameter set or parameter file was refused; <see cref="Errors"/> names every parameter at fault.</summary>
public sealed class PolicyParameterException : Exception
{
    /// <summary>Creates the exception from the errors found.</summary>
    /// <param name="errors">Every error found; at least one.</param>
    public PolicyParameterException(IEnumerable<ParameterError> errors)
        : this(errors.ToImmutableArray())
    {
    }

    private PolicyParameterException(ImmutableArray<ParameterError> errors)
        : base(BuildMessage(errors)) =>
        Errors = errors;

    /// <summary>Every error found, in the order the parameters are defined.</summary>
    public ImmutableArray<ParameterError> Errors { get; }

    private static string BuildMessage(ImmutableArray<ParameterError> errors) =>
        errors.Length == 1
            ? $"Invalid policy parameters: {errors[0]}"
            : $"Invalid policy parameters ({errors.Length} errors): " + string.Join("; ", errors);
}
