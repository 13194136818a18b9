namespace ChongqingServicePolicy.Cli;

/// <summary>A command line that cannot be run as given; exit status 2 with the message.</summary>
/// <param name="message">What is wrong, as one line.</param>
/// <param name="command">The command, whose usage line is shown with the message.</param>
internal sealed class UsageException(string message, string? command = null) : Exception(message)
{
    internal string? Command { get; } = command;
}
