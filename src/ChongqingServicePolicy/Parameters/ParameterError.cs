namespace ChongqingServicePolicy.Parameters;

/// <summary>One reason a parameter set was refused.</summary>
/// <param name="Path">The parameter's path, e.g. <c>measures.1.cap_yuan</c>.</param>
/// <param name="Message">What is wrong and what is expected.</param>
public sealed record ParameterError(string Path, string Message)
{
    /// <summary>The error as <c>path: message</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Path}: {Message}";
}
