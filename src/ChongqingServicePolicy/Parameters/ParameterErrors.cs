using System.Globalization;

namespace ChongqingServicePolicy.Parameters;

/// <summary>Collects parameter errors with the checks every section uses.</summary>
internal sealed class ParameterErrors
{
    private readonly List<ParameterError> _errors = [];

    internal bool Any => _errors.Count > 0;

    internal IReadOnlyList<ParameterError> Items => _errors;

    internal void Add(string path, string message) => _errors.Add(new ParameterError(path, message));

    internal void NotNegative(string path, decimal value)
    {
        if (value < 0m)
        {
            Add(path, $"must not be negative, got {Format(value)}");
        }
    }

    internal void Fraction(string path, decimal value)
    {
        if (value is < 0m or > 1m)
        {
            Add(path, $"must be a fraction between 0 and 1 (0.1 is 10%), got {Format(value)}");
        }
    }

    internal void Within(string path, decimal value, decimal min, decimal max, string what)
    {
        if (value < min || value > max)
        {
            Add(path, $"must be within [{Format(min)}, {Format(max)}] ({what}), got {Format(value)}");
        }
    }

    internal static string Format(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
