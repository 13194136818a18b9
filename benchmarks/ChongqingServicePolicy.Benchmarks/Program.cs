using System.Runtime.CompilerServices;
using BenchmarkDotNet.Running;
using ChongqingServicePolicy.Benchmarks;
using ChongqingServicePolicy.Benchmarks.Peers;

// --verify: the peers' agreement check alone (CI runs it). --cold-start: the first decision in a fresh process.
// Anything else goes to BenchmarkDotNet, after the same agreement check.
if (args.Length > 0 && args[0] == "--cold-start")
{
    return ColdStart.Run(args[1..]);
}

if (!PeerCheck.Run(PeerCheck.CreateEngines(), Console.Out))
{
    Console.Error.WriteLine("The library and its peers disagree on an award; nothing is timed.");
    return 1;
}

if (args.Length > 0 && args[0] == "--verify")
{
    return 0;
}

RunBenchmarks(args);
return 0;

// Kept apart so that a cold-start child does not load BenchmarkDotNet.
[MethodImpl(MethodImplOptions.NoInlining)]
static void RunBenchmarks(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(PeerBenchmarks).Assembly).Run(args);
