using System.Text;
using ChongqingServicePolicy.Cli;

// cqpolicy: the analysts' command line over CSV files (shared/policy/CSV-CONTRACT.md).
Console.OutputEncoding = Encoding.UTF8;
using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    // Stop cleanly: the run deletes its temporary output and exits 130.
    e.Cancel = true;
    cancel.Cancel();
};

return CliApp.Run(args, CliEnvironment.FromConsole(cancel.Token));
