namespace ChongqingServicePolicy.Internal;

/// <summary>Argument checks used at every public entry point, in one place.</summary>
internal static class Preconditions
{
    internal static T CheckNotNull<T>(T? argument, string paramName)
        where T : class =>
        argument ?? throw new ArgumentNullException(paramName);

    internal static string CheckNotBlank(string? argument, string paramName)
    {
        if (argument is null)
        {
            throw new ArgumentNullException(paramName);
        }

        if (string.IsNullOrWhiteSpace(argument))
        {
            throw new ArgumentException("Value must not be empty or white space.", paramName);
        }

        return argument;
    }

    internal static void CheckArgument(bool condition, string paramName, string message)
    {
        if (!condition)
        {
            throw new ArgumentException(message, paramName);
        }
    }
}
