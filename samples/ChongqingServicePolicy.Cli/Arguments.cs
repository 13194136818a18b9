namespace ChongqingServicePolicy.Cli;

/// <summary>
/// A command's arguments: positional values, <c>--name value</c> options and <c>--name</c> switches (those in
/// <see cref="Switches"/>), checked against what the command knows.
/// </summary>
internal sealed class Arguments
{
    /// <summary>The options that take no value.</summary>
    internal static readonly string[] Switches = ["--sync"];

    private readonly Dictionary<string, string> _options;

    private Arguments(string command, List<string> positional, Dictionary<string, string> options)
    {
        Command = command;
        Positional = positional;
        _options = options;
    }

    internal string Command { get; }

    internal IReadOnlyList<string> Positional { get; }

    internal static Arguments Parse(string command, IReadOnlyList<string> args, int positional, params string[] known)
    {
        var values = new List<string>();
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg.StartsWith("--", StringComparison.Ordinal))
            {
                var (name, inline) = arg.IndexOf('=', StringComparison.Ordinal) is var eq and > 0 ? (arg[..eq], arg[(eq + 1)..]) : (arg, null);
                if (!known.Contains(name, StringComparer.Ordinal))
                {
                    throw new UsageException(known.Length == 0 ? $"unknown option {name}; {command} takes no options" : $"unknown option {name}", command);
                }

                if (options.ContainsKey(name))
                {
                    throw new UsageException($"option {name} is given twice", command);
                }

                if (Switches.Contains(name, StringComparer.Ordinal))
                {
                    options[name] = inline is null ? string.Empty : throw new UsageException($"option {name} takes no value", command);
                    continue;
                }

                if (inline is null && (i + 1 >= args.Count || args[i + 1].StartsWith("--", StringComparison.Ordinal)))
                {
                    throw new UsageException($"option {name} needs a value", command);
                }

                var value = inline ?? args[++i];
                if (string.IsNullOrWhiteSpace(value))
                {
                    throw new UsageException($"option {name} needs a value, not an empty one", command);
                }

                options[name] = value;
            }
            else if (arg.Length > 1 && arg[0] == '-')
            {
                // "-x": options are spelled "--name"; a file whose name starts with "-" can be given as "./-x".
                throw new UsageException($"unknown option {arg}", command);
            }
            else if (string.IsNullOrWhiteSpace(arg))
            {
                throw new UsageException("a file name is empty", command);
            }
            else
            {
                values.Add(arg);
            }
        }

        if (values.Count < positional)
        {
            throw new UsageException(positional == 1 ? "needs a file" : $"needs {positional} values", command);
        }

        if (values.Count > positional)
        {
            throw new UsageException($"unexpected argument '{values[positional]}'", command);
        }

        return new Arguments(command, values, options);
    }

    internal string? Get(string name) => _options.TryGetValue(name, out var value) ? value : null;

    internal bool Has(string name) => _options.ContainsKey(name);
}
